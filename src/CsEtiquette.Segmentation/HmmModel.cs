namespace CsEtiquette.Segmentation;

/// <summary>
/// jieba's finalseg B/M/E/S hidden Markov model (log-probabilities), as flat arrays. Immutable and thread-safe.
/// States are numbered B = 0, M = 1, E = 2, S = 3.
/// </summary>
internal sealed class HmmModel
{
    /// <summary>jieba's <c>MIN_FLOAT</c>: the log-probability of anything unseen.</summary>
    internal const double MinFloat = -3.14e100;

    internal const int B = 0;
    internal const int M = 1;
    internal const int E = 2;
    internal const int S = 3;

    internal HmmModel(double[] start, double[] transition, double[] emission, int emissionFirst)
    {
        if (start.Length != 4 || transition.Length != 16 || emission.Length % 4 != 0)
        {
            throw new InvalidDataException("Corrupt jieba HMM model: unexpected table sizes.");
        }

        Start = start;
        Transition = transition;
        Emission = emission;
        EmissionFirst = emissionFirst;
        EmissionCount = emission.Length / 4;
    }

    /// <summary>Start log-probabilities by state.</summary>
    internal double[] Start { get; }

    /// <summary>Transition log-probabilities, index <c>from * 4 + to</c>.</summary>
    internal double[] Transition { get; }

    /// <summary>Emission log-probabilities, index <c>(c - EmissionFirst) * 4 + state</c>.</summary>
    internal double[] Emission { get; }

    /// <summary>First code unit covered by <see cref="Emission"/>.</summary>
    internal int EmissionFirst { get; }

    /// <summary>Number of code units covered by <see cref="Emission"/>.</summary>
    internal int EmissionCount { get; }

    /// <summary>The model shipped with jieba 0.42.1 (embedded), loaded on first use.</summary>
    internal static HmmModel Default => LazyDefault.Value;

    private static readonly Lazy<HmmModel> LazyDefault = new(JiebaData.LoadHmm, LazyThreadSafetyMode.ExecutionAndPublication);
}
