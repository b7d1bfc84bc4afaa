using System.IO.Compression;

namespace CsEtiquette.Insights;

/// <summary>Where <see cref="IdfTable.Default"/> reads jieba's <c>analyse/idf.txt</c> from: the copy embedded in this
/// assembly (eng/JiebaData.targets, kind <c>idf</c>), decompressed; UTF-8 lines <c>word idf</c>, unchanged.</summary>
internal static class IdfResource
{
    internal const string Name = "CsEtiquette.Jieba.idf.txt.gz";

    internal static Stream Open() => new GZipStream(
        typeof(IdfResource).Assembly.GetManifestResourceStream(Name)
            ?? throw new InvalidDataException(
                $"Embedded resource {Name} is missing: the assembly was built without eng/derive-jieba-data.py output (install python3-jieba and rebuild)."),
        CompressionMode.Decompress);
}
