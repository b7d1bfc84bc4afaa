using System.Globalization;
using CsEtiquette.Orleans;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Hosting;

namespace CsEtiquette.Samples.SiloHost;

/// <summary>
/// A Generic Host that starts from appsettings.json: CsEtiquette options (section <c>CsEtiquette</c>, validated and every
/// pack loaded at start), the SQLite store (<c>CsEtiquetteStore:ConnectionString</c>), the health check, and an Orleans
/// silo (localhost clustering) hosting the conversation grains. <c>--demo</c> plays a chat through a grain and then runs
/// <see cref="ThroughputComparison"/> briefly (1 round of 1 s per variant); <c>--throughput</c> runs only the comparison
/// (<c>--seconds N</c> per variant and round, default 2; <c>--rounds N</c>, default 10; <c>--chats N</c> concurrent chats,
/// default 8; <c>--write-every N</c> for the write-behind variant, default 8). Both are bounded in time.
/// A bad option or pack stops the host at start: exit code 1 with the option named.
/// </summary>
public static class SiloHostApp
{
    internal static readonly string[] Script =
    [
        "你好，在吗？我想问下保温杯什么时候发货",
        "我收到的保温杯是坏的,太让人生气了!",
        "订单号是2026112412345678",
        "补发吧",
        "好的，谢谢",
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var demo = args.Contains("--demo");
        var chats = IntOption(args, "--chats", 8);
        var writeEvery = IntOption(args, "--write-every", 8);
        if (args.Contains("--throughput"))
        {
            return await ThroughputComparison.RunAsync(TimeSpan.FromSeconds(IntOption(args, "--seconds", 2)), chats,
                IntOption(args, "--rounds", 10), writeEvery, output);
        }

        var settings = new HostApplicationBuilderSettings
        {
            Args = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) || a.Contains('=', StringComparison.Ordinal)).ToArray(),
            ContentRootPath = AppContext.BaseDirectory,
        };
        var builder = Host.CreateApplicationBuilder(settings);
        string? tempDb = null;
        if (demo)
        {
            tempDb = Path.Combine(Path.GetTempPath(), "cse-silo-demo-" + Guid.NewGuid().ToString("N") + ".db");
            builder.Configuration["CsEtiquetteStore:ConnectionString"] = "Data Source=" + tempDb;
        }

        builder.Services.AddCsEtiquette(builder.Configuration.GetSection("CsEtiquette"));
        if (builder.Configuration["CsEtiquetteStore:ConnectionString"] is { Length: > 0 } cs)
        {
            builder.Services.AddCsEtiquetteSqliteStore(cs);
        }

        builder.Services.AddHealthChecks().AddCsEtiquette();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort: ThroughputComparison.FreePort(), gatewayPort: ThroughputComparison.FreePort());
            silo.AddCsEtiquetteGrainStorage();
        });

        using var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch (OptionsValidationException e)
        {
            error.WriteLine("cse silo host: configuration error: " + e.Message);
            return 1;
        }

        try
        {
            if (!demo)
            {
                output.WriteLine("CsEtiquette silo running; Ctrl+C to stop.");
                await host.WaitForShutdownAsync();
                return 0;
            }

            return await DemoAsync(host.Services, chats, writeEvery, output);
        }
        finally
        {
            await host.StopAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (tempDb is not null)
            {
                foreach (var f in new[] { tempDb, tempDb + "-wal", tempDb + "-shm" })
                {
                    File.Delete(f);
                }
            }
        }
    }

    private static async Task<int> DemoAsync(IServiceProvider services, int chats, int writeEvery, TextWriter output)
    {
        var health = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        output.WriteLine($"health: {health.Status} ({health.Entries["csetiquette"].Description})");
        var grains = services.GetRequiredService<IGrainFactory>();
        var chat = grains.GetGrain<IConversationGrain>("silo-demo-1");
        foreach (var message in Script)
        {
            var reply = await chat.Suggest(message);
            output.WriteLine($"客户> {message}");
            output.WriteLine($"客服> {reply.Text}   [{reply.Emotion}/{reply.Intent}; complaint {reply.ComplaintState ?? "-"}]");
        }

        var snapshot = await chat.GetSnapshot();
        output.WriteLine($"stored: {snapshot.TurnCount} turns at version {snapshot.StoredVersion}");

        var throughput = await ThroughputComparison.RunAsync(TimeSpan.FromSeconds(1), chats, rounds: 1, writeEvery, output);
        return health.Status == HealthStatus.Healthy && snapshot.TurnCount == Script.Length * 2 && throughput == 0 ? 0 : 1;
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
    }
}
