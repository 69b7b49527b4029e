package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// listen calls fn on the UI goroutine for each event of that name on target
// (the window or the document, say), until the returned function stops it.
// Passive listeners cannot cancel the event, which keeps scrolling smooth. On
// the server nothing is listened to.
func listen(ctx app.Context, target app.Value, event string, passive bool, fn func(ctx app.Context, e app.Value)) (stop func()) {
	if !app.IsClient || target == nil || !target.Truthy() {
		return func() {}
	}
	f := app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		ctx.Dispatch(func(ctx app.Context) { fn(ctx, e) })
		return nil
	})
	opts := map[string]any{"passive": passive}
	target.Call("addEventListener", event, f, opts)
	return func() {
		target.Call("removeEventListener", event, f, opts)
		f.Release()
	}
}

// await calls then with the value a promise resolves to, or otherwise
// (which may be nil) when it is rejected, on the UI goroutine.
func await(ctx app.Context, promise app.Value, then func(app.Value), otherwise func()) {
	var resolved, rejected app.Func
	release := func() { resolved.Release(); rejected.Release() }
	resolved = app.FuncOf(func(this app.Value, args []app.Value) any {
		v := args[0]
		ctx.Dispatch(func(app.Context) { then(v) })
		release()
		return nil
	})
	rejected = app.FuncOf(func(this app.Value, args []app.Value) any {
		if otherwise != nil {
			ctx.Dispatch(func(app.Context) { otherwise() })
		}
		release()
		return nil
	})
	promise.Call("then", resolved, rejected)
}
