/// What writing one input row did: a new key stored, a stored key given other values (a
/// revision), or a stored key confirmed with the same values.
enum WriteOutcome { case inserted, revised, unchanged }
