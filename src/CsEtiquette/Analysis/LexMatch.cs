namespace CsEtiquette.Analysis;

/// <summary>A lexicon entry found in the text.</summary>
internal readonly record struct LexMatch(int Start, int Length, LexEntry Entry)
{
    public int End => Start + Length;
}

/// <summary>A fact candidate before overlap resolution.</summary>
internal readonly record struct FactSpan(FactKind Kind, int Start, int Length, int Priority)
{
    public int End => Start + Length;
}
