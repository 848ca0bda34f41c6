package prepare

import (
	"testing"

	"github.com/dop251/goja/ast"
)

// kitchenSink hides awaits and async functions in every kind of position.
const kitchenSink = `
async function all(p, o, C) {
  const arr = [await p, ...(await p), , await p];
  const [a1 = await p, [a2] = await p, ...a3] = await p;
  const obj = { k: await p, [await p]: 1, ...(await p), get g() { return async () => await p; } };
  const { b1 = await p, b2: { b3 } = await p, ...b4 } = await p;
  let x;
  x = await p; x += await p; x ??= await p;
  x = (await p) + (await p) * -(await p);
  x = o[await p][await p];
  x = (await p)(await p, ...(await p));
  x = new (await p)(await p);
  x = (await p) ? await p : await p;
  x = (await p).prop;
  x = o?.[await p]?.(await p);
  x = (await p, await p);
  x = ` + "`a${await p}b${await p}`" + `;
  x = (await p)` + "`t${await p}`" + `;
  x = typeof (await p);
  x = void (await p);
  x = class extends (await p) { [await p]() {} static [await p] = 1; #q = 1; m() { return this.#q; } };
  class K extends (await p) { [await p] = 2; static { (async () => await p)(); } }
  for (let i = await p; i < await p; i += await p) {}
  for (const k in await p) {}
  for (const v of await p) {}
  for await (const w of await p) {}
  while (await p) { break; }
  do {} while (await p);
  if (await p) {} else if (await p) {} else {}
  switch (await p) { case await p: break; default: await p; }
  lbl: { await p; break lbl; }
  try { await p; } catch ({ e = await p }) { await p; } finally { await p; }
  with (await p) { await p; }
  (function () { return async function () { await p; }; })();
  (function (d = async () => 1) { return d; })();
  const arrows = [async () => await p, async (q) => { await q; }, async function* () { await p; yield* p; }];
  const methods = { async m() { await p; }, async *n() { await p; }, async ['c' + 'k']() { await p; } };
  class M { async m() { await p; } static async s() { await p; } async *g() { await p; } async #h() { await p; } f = async () => await p; }
  if (o) async function inIf() { await p; }
  throw await p;
  return await p;
}
`

func TestWalkerReachesEverything(t *testing.T) {
	res, err := CommonJS("t.js", kitchenSink, Options{Hooks: true})
	if err != nil {
		t.Fatal(err)
	}
	eachNode(res.Program, func(n any) {
		switch n := n.(type) {
		case *ast.AwaitExpression:
			t.Errorf("await left at %v", newSource("", kitchenSink).idxPos(n.Await))
		case *ast.FunctionLiteral:
			if n.Async {
				t.Errorf("async function left at %v", newSource("", kitchenSink).idxPos(n.Function))
			}
		case *ast.ArrowFunctionLiteral:
			if n.Async {
				t.Errorf("async arrow left at %v", newSource("", kitchenSink).idxPos(n.Start))
			}
		case *ast.ForOfStatement:
			if _, ok := n.Into.(*ast.ForDeclaration); ok && n.Source == nil {
				t.Errorf("bad for-of")
			}
		}
	})
}
