import UptakeCLI

// The command line with its network parts: `uptake serve`, PostgreSQL stores, alert delivery and tokens run here
// (uptake hands such a command line over). A position-independent executable, unlike uptake: it listens on the network.
UptakeCommandLine.main(networkParts: NetworkedParts())
