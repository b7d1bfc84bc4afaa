namespace CsEtiquette.Training;

/// <summary>
/// Finds which <see cref="ServiceSkill"/>s a reply shows, from the cue words of the training pack. A time
/// commitment is also a number followed by a time unit (24小时, 1-3个工作日, 三天). Immutable and thread-safe.
/// </summary>
internal sealed class SkillCues
{
    private readonly string[][] _cues;
    private readonly string[] _timeUnits;

    public SkillCues(IReadOnlyDictionary<ServiceSkill, string[]> cues, string[] timeUnits)
    {
        var count = Enum.GetValues<ServiceSkill>().Length;
        _cues = new string[count][];
        for (var i = 0; i < count; i++)
        {
            _cues[i] = cues.TryGetValue((ServiceSkill)i, out var list) ? list : [];
        }

        _timeUnits = timeUnits;
    }

    /// <summary>The skills <paramref name="reply"/> shows, in enum order.</summary>
    public IReadOnlyList<ServiceSkill> Detect(string reply)
    {
        var shown = new List<ServiceSkill>();
        for (var i = 0; i < _cues.Length; i++)
        {
            if (Shows(reply, (ServiceSkill)i))
            {
                shown.Add((ServiceSkill)i);
            }
        }

        return shown;
    }

    public bool Shows(string reply, ServiceSkill skill)
    {
        foreach (var cue in _cues[(int)skill])
        {
            if (reply.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return skill == ServiceSkill.TimeCommitment && HasNumberWithUnit(reply);
    }

    /// <summary>A digit or Chinese numeral (一…十, 两, 半) directly followed by a time unit: linear in the reply.</summary>
    private bool HasNumberWithUnit(string reply)
    {
        for (var i = 0; i < reply.Length; i++)
        {
            if (!IsNumeral(reply[i]))
            {
                continue;
            }

            var rest = reply.AsSpan(i + 1);
            foreach (var unit in _timeUnits)
            {
                if (rest.StartsWith(unit, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsNumeral(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９')
        or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '两' or '半';
}
