using BenchmarkDotNet.Running;
using CsEtiquette.Benchmarks;

// Plain timing mode for benchmarks/compare-python-jieba.sh (same protocol as the Python and Node harnesses).
if (args.Length > 0 && args[0] == "--compare-corpus")
{
    return CompareCorpus.Run(args);
}

// Live-heap samples of the cse report pipeline at several log sizes (issue #19, constant memory).
if (args.Length > 0 && args[0] == "--report-memory")
{
    return ReportMemoryProbe.Run(args);
}

if (args.Length > 0 && args[0] == "--report-stages")
{
    return ReportStageProbe.Run(args);
}

if (args.Length > 0 && args[0] == "--stages")
{
    return StageTimer.Run(args);
}

// Run all:  dotnet run -c Release --project benchmarks/CsEtiquette.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(CompareCorpus).Assembly).Run(args);
return 0;
