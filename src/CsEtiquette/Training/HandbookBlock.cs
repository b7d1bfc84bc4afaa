namespace CsEtiquette.Training;

/// <summary>The handbook's document model: generated once from the packs, rendered to Markdown or HTML.</summary>
internal abstract record HandbookBlock
{
    internal sealed record Heading(int Level, string Text, string Anchor) : HandbookBlock;

    internal sealed record Paragraph(string Text) : HandbookBlock;

    internal sealed record Bullets(IReadOnlyList<string> Items) : HandbookBlock;

    internal sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : HandbookBlock;

    /// <summary>A flow diagram: boxes in order, drawn as inline SVG in HTML and as Mermaid in Markdown.</summary>
    internal sealed record Flow(IReadOnlyList<string> Steps, string Mermaid) : HandbookBlock;
}
