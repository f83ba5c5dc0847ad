package localdgraph

import "errors"

// Sentinel errors; match them with errors.Is.
var (
	// ErrNoBinary means no usable dgraph v24 binary was found.
	ErrNoBinary = errors.New("dgraph " + Version + " binary not found: run `nisba dgraph install` (or `make dgraph`), or set " + EnvBin)

	// ErrPortInUse means a port the cluster needs is taken; pick another PortOffset.
	ErrPortInUse = errors.New("port in use")
)
