// async class methods calling super: each await and each return of a promise still costs its ticks
class Repository {
  constructor() {
    this.table = 'users';
  }
  async find(id) {
    await null;
    return { id, source: this.table };
  }
  static async connect() {
    return 'connected';
  }
}
class CachedRepository extends Repository {
  async find(id) {
    console.log('cache miss for', id);
    const row = await super.find(id);
    return { ...row, cached: true };
  }
  static async connect() {
    const base = await super.connect();
    return base + ' with cache';
  }
}
const repo = new CachedRepository();
repo.find(7).then((row) => console.log('found', row));
CachedRepository.connect().then(console.log);
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
