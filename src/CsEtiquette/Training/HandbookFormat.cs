namespace CsEtiquette.Training;

/// <summary>The output format of <see cref="HandbookWriter"/>.</summary>
public enum HandbookFormat
{
    /// <summary>Markdown (CommonMark with pipe tables; the complaint diagram as a Mermaid block).</summary>
    Markdown = 0,

    /// <summary>One self-contained HTML page (inline CSS and SVG, no script, no external resource).</summary>
    Html = 1,
}
