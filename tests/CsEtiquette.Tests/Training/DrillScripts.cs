using CsEtiquette.Training;

namespace CsEtiquette.Tests.Training;

/// <summary>Plays an answer script (one agent reply per line) through a drill.</summary>
internal static class DrillScripts
{
    public static string PathOf(string scenarioId, string kind) =>
        Path.Combine(AppContext.BaseDirectory, "TestData", "drills", $"{scenarioId}.{kind}.txt");

    public static DrillResult Play(string scenarioId, string kind, int seed = 0)
    {
        var scenario = TrainingPack.Default.Find(scenarioId) ?? throw new InvalidOperationException(scenarioId);
        var session = new DrillSession(scenario, seed: seed);
        foreach (var line in File.ReadLines(PathOf(scenarioId, kind)))
        {
            if (session.IsFinished)
            {
                break;
            }

            session.Answer(line);
        }

        return session.Result();
    }

    public static TheoryData<string> ScenarioIds()
    {
        var data = new TheoryData<string>();
        foreach (var s in TrainingPack.Default.Scenarios)
        {
            data.Add(s.Id);
        }

        return data;
    }
}
