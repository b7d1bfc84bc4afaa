using CsEtiquette.Segmentation;

namespace CsEtiquette.Insights;

/// <summary>Where <see cref="IdfTable.Default"/> reads jieba's <c>analyse/idf.txt</c> from: the embedded copy.</summary>
internal static class IdfResource
{
    internal static Stream Open() => JiebaData.OpenIdf();
}
