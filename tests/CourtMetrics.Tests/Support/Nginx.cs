using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CourtMetrics.Tests.Support;

/// <summary>
/// Debian's nginx (installed by test.sh) as a child process on a loopback port, terminating TLS with a throwaway
/// self-signed certificate for <see cref="HostName"/> and passing requests to an app with the forwarded headers of
/// docker/nginx.conf. It connects to the app from <see cref="ProxyAddress"/> (127.0.0.2), so a test can tell the
/// proxy's requests from its own direct ones (127.0.0.1 and others of 127/8).
/// </summary>
public sealed class Nginx : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/nginx";
    public const string HostName = "courtmetrics.test";
    public static readonly IPAddress ProxyAddress = IPAddress.Parse("127.0.0.2");

    private readonly Process _process;
    private readonly string _directory;

    public X509Certificate2 Certificate { get; }
    /// <summary>https://courtmetrics.test:port/ — reach it with <see cref="Client"/>, which connects to loopback.</summary>
    public Uri Url { get; }

    private Nginx(Process process, string directory, X509Certificate2 certificate, int port) =>
        (_process, _directory, Certificate, Url) = (process, directory, certificate, new Uri($"https://{HostName}:{port}/"));

    /// <summary>Starts nginx in front of the app at <paramref name="app"/> and returns once it accepts connections.</summary>
    public static async Task<Nginx> StartAsync(Uri app)
    {
        var directory = Directory.CreateTempSubdirectory("courtmetrics-nginx-").FullName;
        var certificate = SelfSigned();
        await File.WriteAllTextAsync(Path.Combine(directory, "cert.pem"), certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(Path.Combine(directory, "key.pem"), certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        var port = LoopbackPorts.Free();
        await File.WriteAllTextAsync(Path.Combine(directory, "nginx.conf"), Configuration(directory, port, app.Port));
        var process = Process.Start(new ProcessStartInfo(Executable)
        {
            ArgumentList = { "-p", directory, "-c", Path.Combine(directory, "nginx.conf"), "-e", Path.Combine(directory, "error.log"), "-g", "daemon off;" },
            RedirectStandardError = true,
        })!;
        var nginx = new Nginx(process, directory, certificate, port);
        await Eventually.ValueAsync(() => Task.FromResult(process.HasExited || Accepts(port) ? "up or gone" : null), 20);
        if (process.HasExited)
            throw new InvalidOperationException($"nginx did not start: {await process.StandardError.ReadToEndAsync()} {File.ReadAllText(Path.Combine(directory, "error.log"))}");
        return nginx;
    }

    /// <summary>
    /// A client of the site through nginx, whose connections come from <paramref name="from"/> (an address of
    /// 127/8): the client address the app should see. It trusts only this nginx's certificate and follows no redirects.
    /// </summary>
    public HttpClient Client(IPAddress from) => new(Handler(from)) { BaseAddress = Url };

    /// <summary>What <see cref="Client"/> sends through, for clients of other kinds (a WebSocket, SignalR).</summary>
    public SocketsHttpHandler Handler(IPAddress from)
    {
        var handler = ConnectingFrom(from);
        handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) =>
            presented is not null && presented.GetCertHashString() == Certificate.GetCertHashString();
        return handler;
    }

    /// <summary>A client straight to the app (no proxy), connecting from <paramref name="from"/>.</summary>
    public static HttpClient Direct(Uri app, IPAddress from) => new(ConnectingFrom(from)) { BaseAddress = app };

    /// <summary>Keeps no cookies, follows no redirects, and connects to loopback from the given address whatever the host name.</summary>
    private static SocketsHttpHandler ConnectingFrom(IPAddress from) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectCallback = (context, cancellationToken) => ConnectAsync(from, new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), cancellationToken),
    };

    private static async ValueTask<Stream> ConnectAsync(IPAddress from, IPEndPoint to, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        socket.Bind(new IPEndPoint(from, 0));
        await socket.ConnectAsync(to, cancellationToken);
        return new NetworkStream(socket, ownsSocket: true);
    }

    private static string Configuration(string directory, int port, int appPort) => $$"""
        worker_processes 1;
        pid {{directory}}/nginx.pid;
        error_log {{directory}}/error.log warn;
        events { worker_connections 64; }
        http {
            access_log off;
            client_body_temp_path {{directory}}/body;
            proxy_temp_path {{directory}}/proxy;
            fastcgi_temp_path {{directory}}/fastcgi;
            uwsgi_temp_path {{directory}}/uwsgi;
            scgi_temp_path {{directory}}/scgi;
            map $http_upgrade $connection_upgrade { default upgrade; '' ''; }
            server {
                listen 127.0.0.1:{{port}} ssl;
                server_name {{HostName}};
                ssl_certificate {{directory}}/cert.pem;
                ssl_certificate_key {{directory}}/key.pem;
                location / {
                    proxy_pass http://127.0.0.1:{{appPort}};
                    proxy_bind {{ProxyAddress}};
                    proxy_http_version 1.1;
                    proxy_set_header Upgrade $http_upgrade;
                    proxy_set_header Connection $connection_upgrade;
                    # $http_host keeps the port, which is not 443 here (docker/nginx.conf uses $host).
                    proxy_set_header Host $http_host;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_set_header X-Forwarded-Proto $scheme;
                }
            }
        }
        """;

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={HostName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(HostName);
        request.CertificateExtensions.Add(names.Build());
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
    }

    private static bool Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Certificate.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
