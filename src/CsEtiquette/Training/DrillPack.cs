namespace CsEtiquette.Training;

/// <summary>
/// A loaded drill pack: role-play scenarios (实操演练) with branching customer turns and the skill cues used to
/// score a trainee's replies. <see cref="Default"/> is the embedded pack (物流延迟, 收到破损商品, 色差, 缺货, 超出期限退货,
/// 辱骂, 恶意投诉, 退款未到账, 直播间赠品, 会员关怀); <see cref="Load(string)"/> reads a user's pack.
/// Immutable and thread-safe.
/// </summary>
public sealed class DrillPack
{
    internal const string DefaultResourceName = "CsEtiquette.Data.drills.zh-CN.json";
    private static readonly Lazy<DrillPack> LazyDefault = new(LoadDefault);
    private readonly DrillPackReader.Contents _contents;

    private DrillPack(DrillPackReader.Contents contents) => _contents = contents;

    /// <summary>The embedded zh-CN drill pack.</summary>
    public static DrillPack Default => LazyDefault.Value;

    /// <summary>The pack's name from its header.</summary>
    public string Name => _contents.Name;

    /// <summary>The pack's version from its header.</summary>
    public string Version => _contents.Version;

    /// <summary>The score (0–100) at or above which a drill passes, when no required skill is missing.</summary>
    public int PassScore => _contents.PassScore;

    /// <summary>Every scenario in pack order.</summary>
    public IReadOnlyList<DrillScenario> Scenarios => _contents.Scenarios;

    internal SkillCues Cues => _contents.Cues;

    /// <summary>The Chinese title of <paramref name="skill"/> (e.g. 先道歉).</summary>
    public string TitleOf(ServiceSkill skill) => _contents.SkillTitles[skill];

    /// <summary>The skills that <paramref name="reply"/> shows, by the pack's cue words.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reply"/> is null.</exception>
    public IReadOnlyList<ServiceSkill> DetectSkills(string reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return _contents.Cues.Detect(reply);
    }

    /// <summary>Returns the scenario with <paramref name="id"/>, or <see langword="null"/> when there is none.</summary>
    public DrillScenario? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (var s in _contents.Scenarios)
        {
            if (string.Equals(s.Id, id, StringComparison.Ordinal))
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>Reads a drill pack file.</summary>
    /// <exception cref="TrainingPackException">The file cannot be read or is not a valid drill pack; the message names the file and JSON path.</exception>
    public static DrillPack Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            return new DrillPack(DrillPackReader.Read(stream, path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TrainingPackException(path, "$", $"cannot read the file: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a drill pack from a UTF-8 JSON stream; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="TrainingPackException">The stream is not a valid drill pack.</exception>
    public static DrillPack Load(Stream utf8Json, string source)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(source);
        return new DrillPack(DrillPackReader.Read(utf8Json, source));
    }

    private static DrillPack LoadDefault()
    {
        using var stream = typeof(DrillPack).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"embedded resource {DefaultResourceName} is missing.");
        return new DrillPack(DrillPackReader.Read(stream, DefaultResourceName));
    }
}
