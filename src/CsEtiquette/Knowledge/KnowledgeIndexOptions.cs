namespace CsEtiquette.Knowledge;

/// <summary>
/// The retrieval constants of <see cref="KnowledgeIndex"/>, fixed per index (immutable, so two packs built with
/// different settings never interfere). <see cref="Default"/> holds the values tuned on
/// <c>TestData/knowledge/faq-dev.tsv</c> only (<c>FaqTuning</c>); the held-out set never was.
/// </summary>
internal sealed record KnowledgeIndexOptions
{
    /// <summary>The tuned values.</summary>
    public static KnowledgeIndexOptions Default { get; } = new();

    /// <summary>BM25 term-frequency saturation.</summary>
    public float K1 { get; init; } = 1.2f;

    /// <summary>BM25 length normalisation; 0 because entries aggregate their questions.</summary>
    public float B { get; init; }

    /// <summary>Question-form terms (#多久, #怎么) weigh this much relative to content words.</summary>
    public float FormWeight { get; init; } = 0.2f;

    /// <summary>Whether character bigrams run across token boundaries.</summary>
    public bool CrossTokenBigrams { get; init; } = true;

    /// <summary>A single-character word the pack never uses weighs this much of an unknown word.</summary>
    public float SingleCharUnknownWeight { get; init; } = 0.3f;

    /// <summary>Bigram features weigh this much relative to words.</summary>
    public float BigramWeight { get; init; } = 0.3f;

    /// <summary>Words the pack never uses weigh this much of the idf of an unseen term.</summary>
    public float UnknownWordWeight { get; init; } = 1f;

}
