using System.Diagnostics;

namespace CsEtiquette.Benchmarks;

/// <summary>`--stages`: minimum-of-rounds timing of the analysis stages (robust on a loaded machine; a profiling aid, not BDN).</summary>
internal static class StageTimer
{
    public static int Run(string[] args)
    {
        var b = new AnalysisStageBenchmarks();
        b.Setup();
        if (args.Length > 1 && args[1] == "--lint-loop")
        {
            // For `perf record`: linting the clean draft alone for a few seconds (#15).
            var lintOnly = new LintRewriteBenchmarks();
            lintOnly.Setup();
            var lintUntil = Stopwatch.StartNew();
            while (lintUntil.Elapsed.TotalSeconds < 8)
            {
                for (var i = 0; i < 10000; i++)
                {
                    lintOnly.Lint_Clean();
                }
            }

            return 0;
        }

        if (args.Length > 1 && args[1] == "--loop")
        {
            // For `perf record`: the default Analyze alone for a few seconds.
            var until = Stopwatch.StartNew();
            while (until.Elapsed.TotalSeconds < 8)
            {
                for (var i = 0; i < 10000; i++)
                {
                    b.Analyze();
                }
            }

            return 0;
        }

        var stages = new (string Name, Func<object> Run)[]
        {
            ("Segment", () => b.Segment()),
            ("SegmentAndMatch", () => b.SegmentAndMatch()),
            ("SegmentMatchFacts", () => b.SegmentMatchFacts()),
            ("Features", () => b.Features()),
            ("FeaturesScored", () => b.FeaturesScored()),
            ("AnalyzeNoEvidence", () => b.AnalyzeNoEvidence()),
            ("Analyze", () => b.Analyze()),
        };
        Time(stages);
        var lint = new LintRewriteBenchmarks();
        lint.Setup();
        Console.WriteLine($"clean draft certainly clean: {CsEtiquette.Linting.ReplyLinter.Default.IsCertainlyClean(LintRewriteBenchmarks.CleanDraft, CsEtiquette.Linting.LintContext.Default)}");
        Time([("IsCertainlyClean", () => CsEtiquette.Linting.ReplyLinter.Default.IsCertainlyClean(LintRewriteBenchmarks.CleanDraft, CsEtiquette.Linting.LintContext.Default)), ("Lint_Clean", () => lint.Lint_Clean()), ("Lint_ThreeFindings", () => lint.Lint_ThreeFindings()), ("SegmentCleanDraft", () => lint.Segment_Only())]);
        Micro();
        return 0;
    }

    private static void Micro()
    {
        const string Message = "我的订单号123456789012345678，杯子收到就破损了，非常失望！！！";
        var an = CsEtiquette.Analysis.CustomerMessageAnalyzer.Default;
        var tokens = new CsEtiquette.Segmentation.TokenRange[64];
        var nt = CsEtiquette.Segmentation.ChineseSegmenter.Default.Tokenize(Message, tokens, true);
        var ml = default(CsEtiquette.Analysis.PooledList<CsEtiquette.Analysis.LexMatch>);
        an.CollectMatches(Message, tokens.AsSpan(0, nt), ref ml);
        var matches = ml.Span.ToArray();
        var model = an.Model;
        var lex = an.Lexicon;
        Console.WriteLine($"tokens {nt} matches {matches.Length} features {an.FeatureCount(Message)}");
        Time([
            ("ExtractCount", () => { var s = new CsEtiquette.Analysis.CountingSink(); var c = default(CsEtiquette.Analysis.LexCues); CsEtiquette.Analysis.FeatureExtractor.Extract(Message, tokens.AsSpan(0, nt), matches, lex, model.Seed, ref s, ref c); c.Dispose(); return s.Count; }),
            ("ExtractScore", () => { Span<float> acc = stackalloc float[26]; var s = new CsEtiquette.Analysis.ScoreSink(model, acc); var c = default(CsEtiquette.Analysis.LexCues); CsEtiquette.Analysis.FeatureExtractor.Extract(Message, tokens.AsSpan(0, nt), matches, lex, model.Seed, ref s, ref c); c.Dispose(); return s.Count; }),
            ("ExtractEvidence3", () => {
                Span<float> coef = stackalloc float[4 * 26]; coef.Clear(); coef[0] = -1; coef[1] = 0.5f; coef[2] = 0.5f; coef[26 + 14] = 1; coef[26 + 20] = 1; coef[52 + 15] = 1; coef[52 + 21] = 1;
                Span<float> best = stackalloc float[12]; Span<int> st = stackalloc int[12]; Span<int> le = stackalloc int[12]; Span<int> nz = stackalloc int[4 * 23]; Span<int> nzc = stackalloc int[4];
                var s = new CsEtiquette.Analysis.EvidenceSink(model, coef, 3, best, st, le, nz, nzc); var c = default(CsEtiquette.Analysis.LexCues); CsEtiquette.Analysis.FeatureExtractor.Extract(Message, tokens.AsSpan(0, nt), matches, lex, model.Seed, ref s, ref c); c.Dispose(); return st[0]; }),
        ]);
        var rec = new Rec { H = new uint[400], V = new float[400] };
        { var c = default(CsEtiquette.Analysis.LexCues); CsEtiquette.Analysis.FeatureExtractor.Extract(Message, tokens.AsSpan(0, nt), matches, lex, model.Seed, ref rec, ref c); c.Dispose(); }
        var h = rec.H; var v = rec.V; var n = rec.N;
        var recs = new CsEtiquette.Analysis.FeatureRecord[n];
        for (var i = 0; i < n; i++) { recs[i] = new CsEtiquette.Analysis.FeatureRecord(h[i], v[i], 0, 1); }
        Time([
            ("SinkScoreOnly", () => { Span<float> acc = stackalloc float[26]; var s = new CsEtiquette.Analysis.ScoreSink(model, acc); for (var i = 0; i < n; i++) { s.Add(h[i], v[i], 0, 1); } return s.Count; }),
            ("SinkScoreSameRow", () => { Span<float> acc = stackalloc float[26]; var s = new CsEtiquette.Analysis.ScoreSink(model, acc); for (var i = 0; i < n; i++) { s.Add(h[0], v[i], 0, 1); } return s.Count; }),
            ("SinkEvidenceOnly", () => {
                Span<float> coef = stackalloc float[4 * 26]; coef.Clear(); coef[0] = -1; coef[1] = 0.5f; coef[2] = 0.5f; coef[26 + 14] = 1; coef[26 + 20] = 1; coef[52 + 15] = 1; coef[52 + 21] = 1;
                Span<float> best = stackalloc float[12]; Span<int> st = stackalloc int[12]; Span<int> le = stackalloc int[12]; Span<int> nz = stackalloc int[4 * 23]; Span<int> nzc = stackalloc int[4];
                var s = new CsEtiquette.Analysis.EvidenceSink(model, coef, 3, best, st, le, nz, nzc); for (var i = 0; i < n; i++) { s.Add(h[i], v[i], 0, 1); } return st[0]; }),
            ("ExtractRecord", () => { var r = new CsEtiquette.Analysis.FeatureRecorder(216); var c = default(CsEtiquette.Analysis.LexCues); CsEtiquette.Analysis.FeatureExtractor.Extract(Message, tokens.AsSpan(0, nt), matches, lex, model.Seed, ref r, ref c); c.Dispose(); var k = r.Records.Length; r.Dispose(); return k; }),
            ("ScorerScore", () => { Span<float> lg = stackalloc float[26]; CsEtiquette.Analysis.FeatureScorer.Score(model, recs, lg); return lg[0]; }),
            ("ScorerExplain3", () => {
                Span<float> coef = stackalloc float[4 * 26]; coef.Clear(); coef[0] = -1; coef[1] = 0.5f; coef[2] = 0.5f; coef[26 + 14] = 1; coef[26 + 20] = 1; coef[52 + 15] = 1; coef[52 + 21] = 1;
                Span<float> best = stackalloc float[12]; Span<int> st = stackalloc int[12]; Span<int> le = stackalloc int[12];
                CsEtiquette.Analysis.FeatureScorer.Explain(model, recs, coef, 3, best, st, le); return st[0]; }),
        ]);
    }

    private struct Rec : CsEtiquette.Analysis.IFeatureSink
    {
        public uint[] H; public float[] V; public int N;
        public void Add(uint hash, float value, int start, int length) { H[N] = hash; V[N++] = value; }
    }

    private static void Time((string Name, Func<object> Run)[] stages)
    {
        foreach (var (name, run) in stages)
        {
            var best = double.MaxValue;
            for (var r = 0; r < 300; r++)
            {
                var sw = Stopwatch.StartNew();
                for (var i = 0; i < 1000; i++)
                {
                    run();
                }

                best = Math.Min(best, sw.Elapsed.TotalMicroseconds / 1000);
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++)
            {
                run();
            }

            var bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / 1000.0;
            Console.WriteLine($"{name,-20} {best * 1000,8:F0} ns (min of 300 rounds x 1000) {bytes,6:F0} B/call");
        }
    }
}
