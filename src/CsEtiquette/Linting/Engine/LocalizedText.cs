namespace CsEtiquette.Linting.Engine;

/// <summary>A zh-CN text with an optional English version (falls back to the Chinese).</summary>
internal sealed record LocalizedText(string Chinese, string English)
{
    public static LocalizedText Empty { get; } = new(string.Empty, string.Empty);

    public string Get(bool english) => english ? English : Chinese;
}
