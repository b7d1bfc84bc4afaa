using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CsEtiquette.Stores.Tests;

/// <summary>A throw-away PostgreSQL cluster (initdb + pg_ctl on a temporary directory, as the postgres user when run as root).</summary>
internal sealed class LocalPostgres : IDisposable
{
    private readonly string _bin;
    private readonly string _dir;

    private LocalPostgres(string bin, string dir, int port)
    {
        _bin = bin;
        _dir = dir;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true";
    }

    public string ConnectionString { get; }

    public static LocalPostgres? TryStart(out string? problem)
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault()
            : null;
        if (bin is null)
        {
            problem = "PostgreSQL is not installed (apt-get install postgresql) and CSE_POSTGRES is not set; ./build.sh test does both.";
            return null;
        }

        var dir = Path.Combine(Path.GetTempPath(), "cse-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var root = Environment.UserName == "root";
        if (root)
        {
            Run("chown", $"postgres {dir}", asPostgres: false);
        }

        var port = FreePort();
        var pg = new LocalPostgres(bin, dir, port);
        Run(Path.Combine(bin, "initdb"), $"-D {dir}/data -A trust -U postgres --no-sync", root);
        Run(Path.Combine(bin, "pg_ctl"), $"-D {dir}/data -l {dir}/log -w -o \"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off\" start", root);
        problem = null;
        return pg;
    }

    public void Dispose()
    {
        try
        {
            Run(Path.Combine(_bin, "pg_ctl"), $"-D {_dir}/data -m immediate -w stop", Environment.UserName == "root");
            Directory.Delete(_dir, recursive: true);
        }
        catch (InvalidOperationException)
        {
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string file, string args, bool asPostgres)
    {
        var psi = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {args}")
            : new ProcessStartInfo(file, args);
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        _ = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({p.ExitCode}): {stderr.Result}");
        }
    }
}
