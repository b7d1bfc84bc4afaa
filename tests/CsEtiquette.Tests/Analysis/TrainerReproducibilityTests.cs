using System.Security.Cryptography;
using CsEtiquette.Trainer;

namespace CsEtiquette.Tests.Analysis;

/// <summary>
/// SLOW (~10–30 s, trains the full model): proves that the committed src/CsEtiquette/Data/analysis-model.bin is exactly
/// what eng/CsEtiquette.Trainer produces from the committed data (data/corpora, data/chat, the 0.1 test sets, the
/// default lexicon). When it fails, retrain and commit the result:
/// <c>dotnet run -c Release --project eng/CsEtiquette.Trainer -- train</c>.
/// </summary>
[Trait("Category", "Slow")]
public sealed class TrainerReproducibilityTests
{
    [Fact]
    public void CommittedWeights_AreByteIdentical_ToAFreshTraining()
    {
        var root = TrainingData.FindRepoRoot(AppContext.BaseDirectory);
        var fresh = new ModelPipeline(root).BuildShipped();
        var committed = AnalysisModelTests.EmbeddedBytes();
        Assert.True(
            fresh.AsSpan().SequenceEqual(committed),
            $"the embedded model ({committed.Length} bytes, sha256 {Convert.ToHexString(SHA256.HashData(committed))[..16]}) differs from a fresh training "
            + $"({fresh.Length} bytes, sha256 {Convert.ToHexString(SHA256.HashData(fresh))[..16]}): run `dotnet run -c Release --project eng/CsEtiquette.Trainer -- train` and commit the model");
    }
}
