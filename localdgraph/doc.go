// Package localdgraph builds, starts, stops and inspects a local Dgraph v24.0.5 zero+alpha pair bound to loopback.
//
// The CLI uses:
//
//	path, err := localdgraph.Install(ctx, localdgraph.InstallOptions{Out: os.Stderr, Force: false})
//	opts := localdgraph.Options{StateDir: ".nisba", Bin: "", PortOffset: 0}
//	st, err := localdgraph.Start(ctx, opts)  // StatusReport; st.AlreadyRunning if it was up
//	st, err := localdgraph.Status(ctx, opts) // fails only on bad options, not on a stopped cluster
//	err = localdgraph.Stop(ctx, opts)        // SIGTERM, SIGKILL after StopTimeout; stopped is fine
//	bin, err := localdgraph.BinaryPath(ctx, configured)
//
// Start detaches zero and alpha (own session, pid files under
// StateDir/dgraph) so they outlive the command that started them; Stop and
// Status find them again through those pid files.
//
// Tests use Launch instead (see internal/dgraphtest): it returns an *Instance
// whose processes are children of the caller and die with it, with Kill,
// KillAlpha and RestartAlpha for teardown and fault injection.
//
// Data lives under StateDir/dgraph/{zero,alpha}, logs under StateDir/dgraph/logs.
// Ports are Dgraph's defaults plus Options.PortOffset: zero gRPC 5080, zero
// HTTP 6080, alpha internal 7080, alpha HTTP 8080, alpha gRPC 9080.
//
// BinaryPath looks for the binary in NISBA_DGRAPH_BIN, then the configured
// path, then ${XDG_CACHE_HOME:-~/.cache}/nisba/dgraph-v24.0.5/dgraph, then a
// v24 `dgraph` on PATH. Install builds it there from the Go module proxy.
package localdgraph
