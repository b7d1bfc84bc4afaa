namespace CsEtiquette.Templates;

/// <summary>A variant parsed once into parts, with the literal lengths per channel precomputed.</summary>
internal sealed class CompiledVariant
{
    public CompiledVariant(TemplatePart[] parts)
    {
        Parts = parts;
        foreach (var p in parts)
        {
            if (!p.IsSlot)
            {
                TextLiteralLength += p.Text!.Length;
                VoiceLiteralLength += p.Voice!.Length;
            }
        }
    }

    public TemplatePart[] Parts { get; }

    public int TextLiteralLength { get; }

    public int VoiceLiteralLength { get; }
}
