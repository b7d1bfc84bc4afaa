namespace CsEtiquette.Analysis;

/// <summary>A fact candidate before overlap resolution.</summary>
internal readonly record struct FactSpan(FactKind Kind, int Start, int Length, int Priority)
{
    public int End => Start + Length;
}
