using BenchmarkDotNet.Running;
using CsEtiquette.Benchmarks;

// Plain timing mode for benchmarks/compare-python-jieba.sh (same protocol as the Python and Node harnesses).
if (args.Length > 0 && args[0] == "--compare-corpus")
{
    return CompareCorpus.Run(args);
}

if (args.Length > 0 && args[0] == "--stages")
{
    return StageTimer.Run(args);
}

// Run all:  dotnet run -c Release --project benchmarks/CsEtiquette.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(CompareCorpus).Assembly).Run(args);
return 0;
