// performance.mark and measure on the timeline: entries by name and type, sorted by start time, cleared by name; explicit times keep the output the same every run.
const a = performance.mark('start', { startTime: 10, detail: { step: 1 } });
const b = performance.mark('end', { startTime: 25.5 });
const m = performance.measure('span', 'start', 'end');
console.log(a.name, a.entryType, a.startTime, a.duration, a.detail, b.detail);
console.log(m.name, m.entryType, m.startTime, m.duration, m.detail);
const o = performance.measure('opts', { start: 12, end: 20, detail: 'x' });
const d = performance.measure('dur', { start: 'start', duration: 5 });
const e = performance.measure('end-dur', { end: 30, duration: 4 });
console.log(o.startTime, o.duration, o.detail, d.startTime, d.duration, e.startTime, e.duration);
performance.mark('start', { startTime: 40 });
console.log(performance.measure('latest', 'start', { toString: () => 'end' }).duration);
const live = performance.mark('live');
console.log(live.startTime >= 0, typeof performance.measure('open-ended', 'end').duration);
// live's start time is the real clock's: drop it so the sorted list below is the same every run.
performance.clearMarks('live');
console.log(performance.getEntries().map((x) => `${x.name}:${x.entryType}`));
console.log(performance.getEntriesByName('start').length, performance.getEntriesByType('measure').map((x) => x.name), performance.getEntriesByName('start', 'measure'));
performance.clearMarks('start');
console.log(performance.getEntriesByType('mark').map((x) => x.name));
performance.clearMeasures();
performance.clearMarks();
console.log(performance.getEntries());
console.log(JSON.stringify(a), a.toJSON());
console.log(a, [m]);
console.log(typeof performance.timeOrigin, Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 5);
