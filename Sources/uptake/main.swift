import UptakeCLI

// The command line without the network parts (UptakeCLI.NetworkParts): a command that needs them is run
// again by uptake-net, beside this executable.
UptakeCommandLine.main(networkParts: nil)
