using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace CsEtiquette.Analysis;

/// <summary>
/// The trained linear model behind <see cref="CustomerMessageAnalyzer"/> (multinomial logistic regression over hashed
/// features): heads for emotion polarity (negative/neutral/positive), the negative emotion label
/// (<see cref="CustomerEmotion"/>), intensity (0–3), the intents (one-vs-rest, multi-label) and the primary intent.
/// Weights are int8 with one float scale per output; the polarity head has its own, larger hash table (format 2). The default model is embedded
/// (<c>Data/analysis-model.bin</c>, built by <c>eng/CsEtiquette.Trainer</c>; see docs/analysis.md); users can train
/// and load their own with <see cref="Load(string)"/> and pass it as <see cref="AnalysisOptions.Model"/>.
/// Immutable and thread-safe.
/// </summary>
public sealed class AnalysisModel
{
    /// <summary>The model file format this library reads and writes.</summary>
    public const int FormatVersion = 2;

    internal const int OutputCount = 26;

    /// <summary>Columns of the polarity table (outputs 0..2).</summary>
    internal const int PolarityWidth = 3;

    /// <summary>Columns of the shared table: outputs 3..25 (emotion, intensity, intents, primary).</summary>
    internal const int SharedWidth = OutputCount - PolarityWidth;
    internal const int PolarityOffset = 0;
    internal const int EmotionOffset = 3;
    internal const int IntensityOffset = 9;
    internal const int IntentOffset = 13;
    internal const int PrimaryOffset = 19;

    private const string ResourceName = "CsEtiquette.Data.analysis-model.bin";
    private static readonly byte[] Magic = "CSEM"u8.ToArray();

    private static readonly (string Name, bool Sigmoid, string[] Labels)[] Heads =
    [
        ("polarity", false, ["negative", "neutral", "positive"]),
        ("emotion", false, ["Neutral", "Satisfied", "Dissatisfied", "Disappointed", "Anxious", "Angry"]),
        ("intensity", false, ["0", "1", "2", "3"]),
        ("intents", true, ["Inquiry", "OrderAndPayment", "Logistics", "AfterSales", "Complaint", "Praise"]),
        ("primary", false, ["Other", "Inquiry", "OrderAndPayment", "Logistics", "AfterSales", "Complaint", "Praise"]),
    ];

    private static readonly Lazy<AnalysisModel> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly byte[] _weights;
    private readonly byte[] _polarity;
    private readonly float[] _bias;
    private readonly float[] _scale;

    private AnalysisModel(string source, uint seed, int log2Buckets, int log2PolarityBuckets, float[] bias, float[] scale, byte[] weights, byte[] polarity, CustomerEmotion[] emotions, MessageIntent[] intents, MessageIntent[] primary)
    {
        Source = source;
        Seed = seed;
        Log2Buckets = log2Buckets;
        Log2PolarityBuckets = log2PolarityBuckets;
        _polarity = polarity;
        _bias = bias;
        _scale = scale;
        _weights = weights;
        EmotionLabels = emotions;
        IntentLabels = intents;
        PrimaryLabels = primary;
    }

    /// <summary>The embedded default model, loaded lazily once. Thread-safe.</summary>
    /// <exception cref="AnalysisModelException">The embedded resource is missing or corrupt (a packaging error).</exception>
    public static AnalysisModel Default => LazyDefault.Value;

    /// <summary>Where the model was loaded from (file path or resource name).</summary>
    public string Source { get; }

    /// <summary>Number of hash buckets (a power of two): features are hashed into this many weight rows.</summary>
    public int Buckets => 1 << Log2Buckets;

    /// <summary>
    /// Size of the weights in bytes (int8): <see cref="Buckets"/> × 23 outputs of the shared table plus the polarity
    /// head's own, larger table (2^<c>Log2PolarityBuckets</c> × 3).
    /// </summary>
    public int WeightBytes => _weights.Length - RowPadding + _polarity.Length;

    /// <summary>Zero bytes after the shared table (32 − <see cref="SharedWidth"/>): a vector read of the last row stays in bounds.</summary>
    internal const int RowPadding = 32 - SharedWidth;

    internal uint Seed { get; }

    internal int Log2Buckets { get; }

    /// <summary>log2 of the polarity table's rows: the polarity head learns from long reviews and gets more buckets.</summary>
    internal int Log2PolarityBuckets { get; }

    internal int PolarityBuckets => 1 << Log2PolarityBuckets;

    /// <summary>Rows of the polarity table: outputs 0..2 (polarity), indexed by hash &amp; (PolarityBuckets − 1).</summary>
    internal ReadOnlySpan<sbyte> PolarityWeights => MemoryMarshal.Cast<byte, sbyte>(_polarity.AsSpan());

    /// <summary>Emotion head output j → the root enum (index by <see cref="CustomerEmotion"/>, never by position).</summary>
    internal CustomerEmotion[] EmotionLabels { get; }

    internal MessageIntent[] IntentLabels { get; }

    internal MessageIntent[] PrimaryLabels { get; }

    /// <summary>Rows of the shared table: outputs 3..25 (column k − 3), indexed by hash &amp; (Buckets − 1).</summary>
    internal ReadOnlySpan<sbyte> Weights => MemoryMarshal.Cast<byte, sbyte>(_weights.AsSpan());

    internal ReadOnlySpan<float> Bias => _bias;

    internal ReadOnlySpan<float> Scale => _scale;

    /// <summary>
    /// The factor every feature value is multiplied by in a message of <paramref name="features"/> features
    /// (1/√n, so a long review does not swamp the logits); trainer and analyzer share it.
    /// </summary>
    internal static float LengthNorm(int features) => features <= 1 ? 1f : 1f / MathF.Sqrt(features);

    /// <summary>Loads a model file written by the trainer (<c>eng/CsEtiquette.Trainer train --out FILE</c>).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="AnalysisModelException">The file cannot be read or is not a valid model; the message names it.</exception>
    public static AnalysisModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new AnalysisModelException(path, "$", $"cannot read the model file: {ex.Message}", ex);
        }

        using (file)
        {
            return Read(file, path);
        }
    }

    /// <summary>Loads a model from a stream (read to its end; not disposed).</summary>
    /// <param name="stream">The model bytes.</param>
    /// <param name="sourceName">A name for error messages (file name or URI).</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="AnalysisModelException">The bytes are not a valid model; the message names <paramref name="sourceName"/>.</exception>
    public static AnalysisModel Load(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        return Read(stream, sourceName);
    }

    /// <summary>An all-zero model (every decision at its prior): what the trainer starts from.</summary>
    internal static AnalysisModel CreateUntrained(uint seed, int log2Buckets, int log2PolarityBuckets = 0)
    {
        var pol = log2PolarityBuckets == 0 ? log2Buckets : log2PolarityBuckets;
        return Load(new MemoryStream(Serialize(seed, log2Buckets, pol, new float[OutputCount], new float[OutputCount], new sbyte[(1 << log2Buckets) * SharedWidth], new sbyte[(1 << pol) * PolarityWidth])), "untrained");
    }

    /// <summary>Writes the model file format (little-endian; checksum last).</summary>
    internal static byte[] Serialize(uint seed, int log2Buckets, int log2PolarityBuckets, ReadOnlySpan<float> bias, ReadOnlySpan<float> scale, ReadOnlySpan<sbyte> shared, ReadOnlySpan<sbyte> polarity)
    {
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write((ushort)FormatVersion);
            w.Write((ushort)FeatureExtractor.Version);
            w.Write(seed);
            w.Write((byte)log2Buckets);
            w.Write((byte)log2PolarityBuckets);
            w.Write((byte)Heads.Length);
            foreach (var (name, sigmoid, labels) in Heads)
            {
                WriteName(w, name);
                w.Write((byte)(sigmoid ? 1 : 0));
                w.Write((byte)labels.Length);
                foreach (var l in labels)
                {
                    WriteName(w, l);
                }
            }

            w.Write(OutputCount);
            foreach (var b in bias)
            {
                w.Write(b);
            }

            foreach (var s in scale)
            {
                w.Write(s);
            }

            w.Write(MemoryMarshal.Cast<sbyte, byte>(polarity));
            w.Write(MemoryMarshal.Cast<sbyte, byte>(shared));
        }

        var body = ms.ToArray();
        var result = new byte[body.Length + 4];
        body.CopyTo(result, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(body.Length), Checksum(body));
        return result;
    }

    private static void WriteName(BinaryWriter w, string s)
    {
        var b = Encoding.UTF8.GetBytes(s);
        w.Write((byte)b.Length);
        w.Write(b);
    }

    private static AnalysisModel LoadDefault()
    {
        using var s = typeof(AnalysisModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new AnalysisModelException(ResourceName, "$", "the embedded model resource is missing (a packaging error)");
        return Load(s, ResourceName);
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        var h = Internal.Fnv1a.Offset32;
        foreach (var b in data)
        {
            h = (h ^ b) * Internal.Fnv1a.Prime32;
        }

        return h;
    }

    /// <summary>
    /// Reads a model straight from <paramref name="stream"/> into its final arrays (no intermediate copy of the file),
    /// hashing every byte on the way for the checksum that ends the file.
    /// </summary>
    private static AnalysisModel Read(Stream stream, string source)
    {
        var r = new Reader(stream, source);
        try
        {
            Span<byte> magic = stackalloc byte[4];
            if (!r.TryFill(magic) || !magic.SequenceEqual(Magic))
            {
                throw new AnalysisModelException(source, "$.header.magic", "not an analysis model file (expected the magic bytes CSEM)");
            }

            var format = r.U16("$.header.formatVersion");
            if (format != FormatVersion)
            {
                throw new AnalysisModelException(source, "$.header.formatVersion", $"format version {format} is not supported (this library reads {FormatVersion})");
            }

            var featureVersion = r.U16("$.header.featureVersion");
            if (featureVersion != FeatureExtractor.Version)
            {
                throw new AnalysisModelException(source, "$.header.featureVersion", $"trained on feature set {featureVersion}; this library extracts feature set {FeatureExtractor.Version} (retrain the model)");
            }

            var seed = r.U32("$.header.seed");
            var log2 = r.U8("$.header.log2Buckets");
            if (log2 is < 8 or > 22)
            {
                throw new AnalysisModelException(source, "$.header.log2Buckets", $"log2 of the bucket count must be 8..22, not {log2}");
            }

            var log2Pol = r.U8("$.header.log2PolarityBuckets");
            if (log2Pol is < 8 or > 22)
            {
                throw new AnalysisModelException(source, "$.header.log2PolarityBuckets", $"log2 of the polarity bucket count must be 8..22, not {log2Pol}");
            }

            var headCount = r.U8("$.heads");
            if (headCount != Heads.Length)
            {
                throw new AnalysisModelException(source, "$.heads", $"expected {Heads.Length} heads (polarity, emotion, intensity, intents, primary), found {headCount}");
            }

            var emotions = new CustomerEmotion[6];
            var intents = new MessageIntent[6];
            var primary = new MessageIntent[7];
            for (var h = 0; h < Heads.Length; h++)
            {
                var (name, sigmoid, labels) = Heads[h];
                var at = $"$.heads[{h}]";
                var got = r.Name(at + ".name");
                if (got != name || r.U8(at + ".kind") != (sigmoid ? 1 : 0))
                {
                    throw new AnalysisModelException(source, at, $"expected head '{name}' ({(sigmoid ? "sigmoid" : "softmax")}), found '{got}'");
                }

                var n = r.U8(at + ".labels");
                if (n != labels.Length)
                {
                    throw new AnalysisModelException(source, at + ".labels", $"head '{name}' must have {labels.Length} labels, not {n}");
                }

                for (var j = 0; j < n; j++)
                {
                    var label = r.Name($"{at}.labels[{j}]");
                    switch (name)
                    {
                        case "emotion":
                            emotions[j] = Enum.TryParse<CustomerEmotion>(label, out var e) && e != CustomerEmotion.Unknown && Enum.IsDefined(e) && Array.IndexOf(emotions, e, 0, j) < 0
                                ? e : throw new AnalysisModelException(source, $"{at}.labels[{j}]", $"'{label}' is not a CustomerEmotion (Neutral..Angry) or is repeated");
                            break;
                        case "intents" or "primary":
                            var target = name == "intents" ? intents : primary;
                            target[j] = Enum.TryParse<MessageIntent>(label, out var i) && Enum.IsDefined(i) && (name == "primary" || i != MessageIntent.Other) && Array.IndexOf(target, i, 0, j) < 0
                                ? i : throw new AnalysisModelException(source, $"{at}.labels[{j}]", $"'{label}' is not a MessageIntent or is repeated");
                            break;
                        default:
                            if (label != labels[j])
                            {
                                throw new AnalysisModelException(source, $"{at}.labels[{j}]", $"expected '{labels[j]}', found '{label}'");
                            }

                            break;
                    }
                }
            }

            var k = r.I32("$.outputs");
            if (k != OutputCount)
            {
                throw new AnalysisModelException(source, "$.outputs", $"expected {OutputCount} outputs, found {k}");
            }

            var bias = new float[k];
            var scale = new float[k];
            for (var j = 0; j < k; j++)
            {
                bias[j] = r.F32("$.bias");
            }

            for (var j = 0; j < k; j++)
            {
                scale[j] = r.F32("$.scale");
            }

            foreach (var x in (ReadOnlySpan<float>)[.. bias, .. scale])
            {
                if (!float.IsFinite(x))
                {
                    throw new AnalysisModelException(source, "$.bias", "a bias or scale is not finite");
                }
            }

            var polarity = new byte[(1 << log2Pol) * PolarityWidth];
            r.Fill(polarity, "$.weights.polarity");
            // RowPadding spare bytes after the table let a scorer read a whole 32-byte vector at the last row.
            var weights = new byte[((1 << log2) * SharedWidth) + RowPadding];
            r.Fill(weights.AsSpan(0, (1 << log2) * SharedWidth), "$.weights");
            var expected = r.Hash;
            var stored = r.U32("$.checksum", hashed: false);
            if (stored != expected)
            {
                throw new AnalysisModelException(source, "$.checksum", "checksum mismatch: the file is truncated or corrupt");
            }

            if (r.HasMore())
            {
                throw new AnalysisModelException(source, "$.checksum", $"bytes after the checksum: expected {polarity.Length} + {weights.Length} weight bytes (the file is not a model of this shape)");
            }

            return new AnalysisModel(source, seed, log2, log2Pol, bias, scale, weights, polarity, emotions, intents, primary);
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
        {
            throw new AnalysisModelException(source, "$", $"cannot read the model stream: {ex.Message}", ex);
        }
    }

    /// <summary>Reads little-endian fields from a stream, hashing (FNV-1a) everything before the checksum.</summary>
    private sealed class Reader(Stream stream, string source)
    {
        private readonly Stream _stream = stream;
        private readonly string _source = source;

        public uint Hash { get; private set; } = Internal.Fnv1a.Offset32;

        public byte U8(string at)
        {
            Span<byte> b = stackalloc byte[1];
            Fill(b, at);
            return b[0];
        }

        public ushort U16(string at)
        {
            Span<byte> b = stackalloc byte[2];
            Fill(b, at);
            return BinaryPrimitives.ReadUInt16LittleEndian(b);
        }

        public uint U32(string at, bool hashed = true)
        {
            Span<byte> b = stackalloc byte[4];
            Fill(b, at, hashed);
            return BinaryPrimitives.ReadUInt32LittleEndian(b);
        }

        public int I32(string at) => (int)U32(at);

        public float F32(string at) => BitConverter.UInt32BitsToSingle(U32(at));

        public string Name(string at)
        {
            var n = U8(at);
            Span<byte> b = stackalloc byte[n];
            Fill(b, at);
            return Encoding.UTF8.GetString(b);
        }

        /// <summary>Fills <paramref name="buffer"/>; false at the end of the stream.</summary>
        public bool TryFill(Span<byte> buffer)
        {
            var read = _stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (read < buffer.Length)
            {
                return false;
            }

            Mix(buffer);
            return true;
        }

        public void Fill(Span<byte> buffer, string at, bool hashed = true)
        {
            if (_stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false) < buffer.Length)
            {
                throw new AnalysisModelException(_source, at, "the file ends early (truncated)");
            }

            if (hashed)
            {
                Mix(buffer);
            }
        }

        public bool HasMore()
        {
            Span<byte> b = stackalloc byte[1];
            return _stream.Read(b) > 0;
        }

        private void Mix(ReadOnlySpan<byte> data)
        {
            var h = Hash;
            foreach (var b in data)
            {
                h = (h ^ b) * Internal.Fnv1a.Prime32;
            }

            Hash = h;
        }
    }
}
