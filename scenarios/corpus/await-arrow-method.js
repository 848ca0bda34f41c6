// async arrows, async class methods and async object methods all resume in queueing order
class Service {
  constructor(name) {
    this.name = name;
  }
  async load() {
    console.log(this.name, 'load start');
    await null;
    console.log(this.name, 'load done');
    return this.name;
  }
  static async create() {
    await null;
    console.log('static create resumed');
  }
}
const obj = {
  label: 'obj',
  async run() {
    console.log(this.label, 'run start');
    await null;
    console.log(this.label, 'run done');
  },
};
const arrow = async (x) => {
  await null;
  console.log('arrow resumed with', x);
};
new Service('svc').load().then(n => console.log('load result', n));
obj.run();
arrow(7);
Service.create();
console.log('main done');
