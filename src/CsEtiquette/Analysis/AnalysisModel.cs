using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace CsEtiquette.Analysis;

/// <summary>
/// The trained linear model behind <see cref="CustomerMessageAnalyzer"/> (multinomial logistic regression over hashed
/// features): heads for emotion polarity (negative/neutral/positive), the negative emotion label
/// (<see cref="CustomerEmotion"/>), intensity (0–3), the intents (one-vs-rest, multi-label) and the primary intent.
/// Weights are int8 with one float scale per output. The default model is embedded
/// (<c>Data/analysis-model.bin</c>, built by <c>eng/CsEtiquette.Trainer</c>; see docs/analysis.md); users can train
/// and load their own with <see cref="Load(string)"/> and pass it as <see cref="AnalysisOptions.Model"/>.
/// Immutable and thread-safe.
/// </summary>
public sealed class AnalysisModel
{
    /// <summary>The model file format this library reads and writes.</summary>
    public const int FormatVersion = 1;

    internal const int OutputCount = 26;
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
    private readonly float[] _bias;
    private readonly float[] _scale;

    private AnalysisModel(string source, uint seed, int log2Buckets, float[] bias, float[] scale, byte[] weights, CustomerEmotion[] emotions, MessageIntent[] intents, MessageIntent[] primary)
    {
        Source = source;
        Seed = seed;
        Log2Buckets = log2Buckets;
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

    /// <summary>Size of the weights in bytes (<see cref="Buckets"/> × outputs, int8).</summary>
    public int WeightBytes => _weights.Length;

    internal uint Seed { get; }

    internal int Log2Buckets { get; }

    /// <summary>Emotion head output j → the root enum (index by <see cref="CustomerEmotion"/>, never by position).</summary>
    internal CustomerEmotion[] EmotionLabels { get; }

    internal MessageIntent[] IntentLabels { get; }

    internal MessageIntent[] PrimaryLabels { get; }

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
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new AnalysisModelException(path, "$", $"cannot read the model file: {ex.Message}", ex);
        }

        return Parse(bytes, path);
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
        byte[] bytes;
        try
        {
            using var ms = new MemoryStream();
            stream.CopyTo(ms);
            bytes = ms.ToArray();
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
        {
            throw new AnalysisModelException(sourceName, "$", $"cannot read the model stream: {ex.Message}", ex);
        }

        return Parse(bytes, sourceName);
    }

    /// <summary>An all-zero model (every decision at its prior): what the trainer starts from.</summary>
    internal static AnalysisModel CreateUntrained(uint seed, int log2Buckets) =>
        Parse(Serialize(seed, log2Buckets, new float[OutputCount], new float[OutputCount], new sbyte[(1 << log2Buckets) * OutputCount]), "untrained");

    /// <summary>Writes the model file format (little-endian; checksum last).</summary>
    internal static byte[] Serialize(uint seed, int log2Buckets, ReadOnlySpan<float> bias, ReadOnlySpan<float> scale, ReadOnlySpan<sbyte> weights)
    {
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write((ushort)FormatVersion);
            w.Write((ushort)FeatureExtractor.Version);
            w.Write(seed);
            w.Write((byte)log2Buckets);
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

            w.Write(MemoryMarshal.Cast<sbyte, byte>(weights));
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

    private static AnalysisModel Parse(byte[] bytes, string source)
    {
        var r = new Reader(bytes, source);
        if (bytes.Length < 8 || !bytes.AsSpan(0, 4).SequenceEqual(Magic))
        {
            throw new AnalysisModelException(source, "$.header.magic", "not an analysis model file (expected the magic bytes CSEM)");
        }

        r.Skip(4);
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

        if (bytes.Length < 12 || Checksum(bytes.AsSpan(0, bytes.Length - 4)) != BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4)))
        {
            throw new AnalysisModelException(source, "$.checksum", "checksum mismatch: the file is truncated or corrupt");
        }

        var seed = r.U32("$.header.seed");
        var log2 = r.U8("$.header.log2Buckets");
        if (log2 is < 8 or > 22)
        {
            throw new AnalysisModelException(source, "$.header.log2Buckets", $"log2 of the bucket count must be 8..22, not {log2}");
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

        var count = (1 << log2) * k;
        if (r.Remaining != count + 4)
        {
            throw new AnalysisModelException(source, "$.weights", $"expected {count} weight bytes, found {Math.Max(0, r.Remaining - 4)}");
        }

        foreach (var x in (ReadOnlySpan<float>)[.. bias, .. scale])
        {
            if (!float.IsFinite(x))
            {
                throw new AnalysisModelException(source, "$.bias", "a bias or scale is not finite");
            }
        }

        var weights = bytes.AsSpan(r.Position, count).ToArray();
        return new AnalysisModel(source, seed, log2, bias, scale, weights, emotions, intents, primary);
    }

    private ref struct Reader(byte[] bytes, string source)
    {
        private readonly byte[] _bytes = bytes;
        private readonly string _source = source;

        public int Position { get; private set; }

        public readonly int Remaining => _bytes.Length - Position;

        public void Skip(int n) => Position += n;

        public byte U8(string at) => Take(1, at)[0];

        public ushort U16(string at) => BinaryPrimitives.ReadUInt16LittleEndian(Take(2, at));

        public uint U32(string at) => BinaryPrimitives.ReadUInt32LittleEndian(Take(4, at));

        public int I32(string at) => BinaryPrimitives.ReadInt32LittleEndian(Take(4, at));

        public float F32(string at) => BinaryPrimitives.ReadSingleLittleEndian(Take(4, at));

        public string Name(string at)
        {
            var n = U8(at);
            return Encoding.UTF8.GetString(Take(n, at));
        }

        private ReadOnlySpan<byte> Take(int n, string at)
        {
            if (Position + n > _bytes.Length - 4)
            {
                throw new AnalysisModelException(_source, at, "the file ends early (truncated)");
            }

            var s = _bytes.AsSpan(Position, n);
            Position += n;
            return s;
        }
    }
}
