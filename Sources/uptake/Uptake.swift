import ArgumentParser
@main struct Uptake: ParsableCommand {}
