namespace CsEtiquette.Rewriting;

/// <summary>Word-bigram plausibility of a splice (filled from data in a later step).</summary>
internal sealed class FluencyScorer
{
    private readonly int _minimum;

    private FluencyScorer(int minimum) => _minimum = minimum;

    public static FluencyScorer? Default { get; }

    public bool AcceptsSplice(string text, int start, int end) => end - start >= _minimum || text.Length >= 0;
}
