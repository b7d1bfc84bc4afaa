namespace CsEtiquette.Training;

/// <summary>
/// A loaded training pack: role-play scenarios (实操演练) with branching customer turns and the skill cues used to
/// score a trainee's replies. <see cref="Default"/> is the embedded pack (物流延迟, 收到破损商品, 色差, 缺货, 超出期限退货,
/// 辱骂, 恶意投诉, 退款未到账, 直播间赠品, 会员关怀); <see cref="Load(string)"/> reads a user's pack.
/// Immutable and thread-safe.
/// </summary>
public sealed class TrainingPack
{
    internal const string DefaultResourceName = "CsEtiquette.Data.training.zh-CN.json";
    private static readonly Lazy<TrainingPack> LazyDefault = new(LoadDefault);
    private readonly TrainingPackReader.Contents _contents;

    private TrainingPack(TrainingPackReader.Contents contents) => _contents = contents;

    /// <summary>The embedded zh-CN training pack.</summary>
    public static TrainingPack Default => LazyDefault.Value;

    /// <summary>The pack's name from its header.</summary>
    public string Name => _contents.Name;

    /// <summary>The pack's version from its header.</summary>
    public string Version => _contents.Version;

    /// <summary>The score (0–100) at or above which a drill passes, when no required skill is missing.</summary>
    public int PassScore => _contents.PassScore;

    /// <summary>Every scenario in pack order.</summary>
    public IReadOnlyList<DrillScenario> Scenarios => _contents.Scenarios;

    internal SkillCues Cues => _contents.Cues;

    /// <summary>Agent drafts with problems that quizzes ask about (spot the problem, pick the better reply, rewrite).</summary>
    public IReadOnlyList<string> QuizDrafts => _contents.Quiz.Drafts;

    /// <summary>How many questions a quiz paper has by default.</summary>
    public int QuizQuestionCount => _contents.Quiz.Count;

    /// <summary>The quiz score (0–100) at or above which a paper passes.</summary>
    public int QuizPassScore => _contents.Quiz.PassScore;

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

    /// <summary>Reads a training pack file.</summary>
    /// <exception cref="TrainingPackException">The file cannot be read or is not a valid training pack; the message names the file and JSON path.</exception>
    public static TrainingPack Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new TrainingPack(TrainingPackReader.Format.ReadFile(path));
    }

    /// <summary>Reads a training pack from a UTF-8 JSON stream; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="TrainingPackException">The stream is not a valid training pack.</exception>
    public static TrainingPack Load(Stream utf8Json, string source)
    {
        return new TrainingPack(TrainingPackReader.Format.ReadStream(utf8Json, source));
    }

    private static TrainingPack LoadDefault() => new(TrainingPackReader.Format.ReadEmbedded(typeof(TrainingPack), DefaultResourceName));
}
