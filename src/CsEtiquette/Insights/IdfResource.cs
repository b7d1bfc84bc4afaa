namespace CsEtiquette.Insights;

/// <summary>Where <see cref="IdfTable.Default"/> reads jieba's <c>analyse/idf.txt</c> from.</summary>
internal static class IdfResource
{
    // INTEGRATION POINT: replaced by `JiebaData.OpenIdf()` (embedded resource) when the segmenter branch lands.
    internal const string DebianPath = "/usr/lib/python3/dist-packages/jieba/analyse/idf.txt";

    internal static Stream Open() => File.OpenRead(DebianPath);
}
