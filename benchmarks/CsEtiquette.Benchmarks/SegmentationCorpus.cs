using System.Text;

namespace CsEtiquette.Benchmarks;

/// <summary>
/// Text for the segmentation benchmarks, first found of: the file named by <c>CSE_BENCH_CORPUS</c>;
/// <c>benchmarks/corpus/*.txt</c> (e.g. manpages-zh prepared by benchmarks/compare-python-jieba.sh);
/// the seed documents (<c>../shared/seeds/*.txt</c> next to the repository); a built-in chat sample.
/// </summary>
internal static class SegmentationCorpus
{
    private static readonly string[] ChatSample =
    [
        "亲，您好！请问有什么可以帮您？😊",
        "我买的iPhone15Pro怎么还没发货？订单号20231125123456",
        "这件XL码的衣服¥199.00，现在下单满299减30，领券后更便宜哦",
        "非常抱歉给您带来不便，我们会尽快为您核实处理，请您耐心等待一下～",
        "您的包裹已到达【上海浦东新区】转运中心，快递单号：SF1234567890，预计明天送达",
        "退款一般1-3个工作日原路退回，如有疑问随时联系我们哦",
    ];

    /// <summary>Where the text came from.</summary>
    internal static string Source { get; private set; } = "built-in chat sample";

    /// <summary>The corpus text (lines separated by '\n').</summary>
    internal static string Text { get; } = Load();

    /// <summary>The corpus repeated or cut to exactly <paramref name="chars"/> UTF-16 code units.</summary>
    internal static string OfLength(int chars)
    {
        var sb = new StringBuilder(chars + Text.Length);
        while (sb.Length < chars)
        {
            sb.Append(Text).Append('\n');
        }

        sb.Length = chars;
        return sb.ToString();
    }

    private static string Load()
    {
        string? env = Environment.GetEnvironmentVariable("CSE_BENCH_CORPUS");
        if (!string.IsNullOrEmpty(env) && File.Exists(env))
        {
            Source = env;
            return File.ReadAllText(env);
        }

        string? root = FindRepoRoot();
        if (root is not null)
        {
            string corpus = Path.Combine(root, "benchmarks", "corpus");
            if (Directory.Exists(corpus))
            {
                string[] files = Directory.GetFiles(corpus, "*.txt");
                if (files.Length > 0)
                {
                    Array.Sort(files, StringComparer.Ordinal);
                    Source = corpus;
                    return string.Join('\n', files.Select(File.ReadAllText));
                }
            }

            foreach (string seeds in new[] { Path.Combine(root, "..", "shared", "seeds"), "/work/shared/seeds" })
            {
                if (Directory.Exists(seeds))
                {
                    string[] files = Directory.GetFiles(seeds, "*.txt");
                    Array.Sort(files, StringComparer.Ordinal);
                    if (files.Length > 0)
                    {
                        Source = Path.GetFullPath(seeds);
                        return string.Join('\n', files.Select(File.ReadAllText));
                    }
                }
            }
        }

        return string.Join('\n', ChatSample);
    }

    private static string? FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CsEtiquette.sln")))
            {
                return dir.FullName;
            }
        }

        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CsEtiquette.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
