namespace CsEtiquette.Analysis;

/// <summary>A lexicon entry found in the text.</summary>
internal readonly record struct LexMatch(int Start, int Length, LexEntry Entry)
{
    public int End => Start + Length;
}
