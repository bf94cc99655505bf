import UptakeStoreAPI

/// The reads a batch of explanations repeats, kept for the batch (``ExplainMemo``): made for one
/// morning check or one report, never kept longer, since an ingest may change what they hold.
public struct SharedExplainReads: Sendable {
    let memo: ExplainMemo

    public init(store: any UptakeStore) { memo = ExplainMemo(store: store) }
}
