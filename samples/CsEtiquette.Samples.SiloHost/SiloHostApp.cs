using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
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
/// silo (localhost clustering) hosting the conversation grains. <c>--demo</c> plays a chat through a grain and then runs a
/// load bounded in time (<c>--seconds N</c>, default 3; <c>--chats N</c> concurrent chats, default 8) and prints messages/s.
/// A bad option or pack stops the host at start: exit code 1 with the option named.
/// </summary>
public static class SiloHostApp
{
    private static readonly string[] Script =
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
        var seconds = IntOption(args, "--seconds", 3);
        var chats = IntOption(args, "--chats", 8);
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
            silo.UseLocalhostClustering(siloPort: FreePort(), gatewayPort: FreePort());
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

            return await DemoAsync(host.Services, seconds, chats, output);
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

    private static async Task<int> DemoAsync(IServiceProvider services, int seconds, int chats, TextWriter output)
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

        // Load bounded in time: `chats` chats at once, each sending the script round after round.
        var stop = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        var counts = new long[chats];
        await Task.WhenAll(Enumerable.Range(0, chats).Select(async c =>
        {
            var grain = grains.GetGrain<IConversationGrain>(string.Create(CultureInfo.InvariantCulture, $"load-{c}-{Guid.NewGuid():N}"));
            var i = 0;
            while (stop.Elapsed < deadline)
            {
                await grain.Suggest(Script[i++ % Script.Length]);
                counts[c]++;
                if (i % 40 == 0)
                {
                    // Keep each conversation short, as real chats are: start a new chat on the same grain id space.
                    grain = grains.GetGrain<IConversationGrain>(string.Create(CultureInfo.InvariantCulture, $"load-{c}-{Guid.NewGuid():N}"));
                }
            }
        }));
        var elapsed = stop.Elapsed.TotalSeconds;
        var total = counts.Sum();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load: {total} messages in {elapsed:F1} s over {chats} concurrent chats = {total / elapsed:F0} messages/s on one silo (SQLite store, {Environment.ProcessorCount} cores)"));

        // Peer in the same run: the same load through ConversationService over in-memory stores (no grain, no disk).
        var peer = new ServiceCollection().AddCsEtiquette().BuildServiceProvider();
        await using (peer.ConfigureAwait(false))
        {
            var service = peer.GetRequiredService<CsEtiquette.Hosting.ConversationService>();
            var peerCounts = new long[chats];
            var peerStop = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, chats).Select(c => Task.Run(async () =>
            {
                var i = 0;
                var chatId = Guid.NewGuid().ToString("N");
                while (peerStop.Elapsed < deadline)
                {
                    await service.SuggestAsync(chatId, Script[i++ % Script.Length]);
                    peerCounts[c]++;
                    if (i % 40 == 0)
                    {
                        chatId = Guid.NewGuid().ToString("N");
                    }
                }
            })));
            var peerElapsed = peerStop.Elapsed.TotalSeconds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"peer: {peerCounts.Sum()} messages in {peerElapsed:F1} s = {peerCounts.Sum() / peerElapsed:F0} messages/s through ConversationService in process (in-memory store); silo/peer = {total / elapsed / (peerCounts.Sum() / peerElapsed):F2}"));
        }
        return health.Status == HealthStatus.Healthy && snapshot.TurnCount == Script.Length * 2 ? 0 : 1;
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
