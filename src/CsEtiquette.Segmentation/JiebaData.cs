using System.Runtime.InteropServices;

namespace CsEtiquette.Segmentation;

/// <summary>
/// Access to the jieba 0.42.1 data embedded at build time by eng/derive-jieba-data.py from Debian's python3-jieba
/// (jieba: © 2012–2017 Sun Junyi, MIT/Expat licence). Loading copies the resource bytes straight into typed arrays: no parsing, no inflating.
/// </summary>
internal static class JiebaData
{
    internal const string DictionaryResource = "CsEtiquette.Jieba.dict.bin";
    internal const string HmmResource = "CsEtiquette.Jieba.hmm.bin";

    /// <summary>Loads the embedded prefix dictionary.</summary>
    internal static PrefixTrie LoadDictionary()
    {
        using Stream z = OpenResource(DictionaryResource);
        Span<byte> header = stackalloc byte[24];
        z.ReadExactly(header);
        if (!header[..8].SequenceEqual("CSEJDICT"u8) || BitConverter.ToInt32(header[8..12]) != 1)
        {
            throw new InvalidDataException($"Embedded resource {DictionaryResource} is not a version-1 jieba dictionary.");
        }

        int n = BitConverter.ToInt32(header[12..16]);
        long total = BitConverter.ToInt64(header[16..24]);
        if (n <= 0 || n > 50_000_000)
        {
            throw new InvalidDataException($"Embedded resource {DictionaryResource} has an invalid node count {n}.");
        }

        // Every element is overwritten by the copy below, so skip zeroing.
        var counts = GC.AllocateUninitializedArray<ushort>(n);
        var labels = GC.AllocateUninitializedArray<char>(n);
        var freqs = GC.AllocateUninitializedArray<int>(n);
        Read(z, counts.AsSpan());
        Read(z, labels.AsSpan());
        Read(z, freqs.AsSpan());
        return new PrefixTrie(counts, labels, freqs, total);
    }

    /// <summary>Loads the embedded HMM model.</summary>
    internal static HmmModel LoadHmm()
    {
        using Stream z = OpenResource(HmmResource);
        Span<byte> header = stackalloc byte[16];
        z.ReadExactly(header);
        if (!header[..8].SequenceEqual("CSEJHMM1"u8))
        {
            throw new InvalidDataException($"Embedded resource {HmmResource} is not a jieba HMM model.");
        }

        int first = BitConverter.ToInt32(header[8..12]);
        int count = BitConverter.ToInt32(header[12..16]);
        var start = new double[4];
        var trans = new double[16];
        var emit = GC.AllocateUninitializedArray<double>(count * 4);
        Read(z, start.AsSpan());
        Read(z, trans.AsSpan());
        Read(z, emit.AsSpan());
        return new HmmModel(start, trans, emit, first);
    }

    private static void Read<T>(Stream stream, Span<T> target)
        where T : struct
    {
        Span<byte> bytes = MemoryMarshal.AsBytes(target);
        stream.ReadExactly(bytes);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The embedded jieba data is little-endian; big-endian platforms are not supported.");
        }
    }

    private static Stream OpenResource(string name) =>
        typeof(JiebaData).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidDataException(
            $"Embedded resource {name} is missing: the assembly was built without eng/derive-jieba-data.py output (install python3-jieba and rebuild).");
}
