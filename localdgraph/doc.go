// Package localdgraph builds, starts, stops and inspects a local Dgraph v24.0.5 zero+alpha pair bound to loopback.
//
// The CLI uses four calls:
//
//	path, err := localdgraph.Install(ctx, localdgraph.InstallOptions{Out: os.Stderr, Force: false})
//	st, err := localdgraph.Start(ctx, localdgraph.Options{StateDir: ".nisba", PortOffset: 0})
//	st, err := localdgraph.Status(ctx, opts)   // never fails on a stopped cluster; only on bad options
//	err = localdgraph.Stop(ctx, opts)
//
// Start detaches zero and alpha (own session, pid files under StateDir/dgraph)
// so they outlive the command that started them; Stop finds them again by
// those pid files. Tests use Launch instead: it keeps the processes as
// children of the test binary so they can be killed and reaped
// (see internal/dgraphtest).
//
// Data lives under StateDir/dgraph/{zero,alpha}, logs under StateDir/dgraph/logs.
// Ports are Dgraph's defaults plus Options.PortOffset: zero gRPC 5080, zero
// HTTP 6080, alpha internal 7080, alpha HTTP 8080, alpha gRPC 9080.
//
// The binary is found by BinaryPath: NISBA_DGRAPH_BIN, then the configured
// path, then ${XDG_CACHE_HOME:-~/.cache}/nisba/dgraph-v24.0.5/dgraph, then a
// v24 `dgraph` on PATH. Install builds it there from the Go module proxy.
package localdgraph
