using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace WellPath.TestSupport;

/// <summary>
/// A real SMTP server in the test process, on a loopback port, keeping every message it accepts (parsed with
/// MimeKit) so a test can wait for the one it expects. Plain SMTP without TLS; with credentials, it requires AUTH.
/// </summary>
public sealed class SmtpInbox : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedMail> received = new();
    private readonly SemaphoreSlim arrived = new(0);
    private readonly CancellationTokenSource stopping = new();
    private readonly SmtpServer.SmtpServer server;
    private Task running = Task.CompletedTask;

    private SmtpInbox(int port, SmtpCredentials? credentials)
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("inbox.test")
            .Endpoint(e => e
                .Endpoint(new IPEndPoint(IPAddress.Loopback, port))
                .AuthenticationRequired(credentials is not null)
                .AllowUnsecureAuthentication(credentials is not null))
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(this));
        services.Add(Listeners);
        if (credentials is not null)
        {
            services.Add(new DelegatingUserAuthenticator((user, password) => user == credentials.User && password == credentials.Password));
        }
        server = new SmtpServer.SmtpServer(options, services);
    }

    public int Port { get; private set; }

    /// <summary>The URL the host reads from <c>WELLPATH_SMTP_URL</c>.</summary>
    public string Url => $"smtp://127.0.0.1:{Port}";

    public IReadOnlyCollection<ReceivedMail> Messages => received.ToArray();

    private EndpointListenerFactory Listeners { get; } = new();

    /// <summary>Starts listening on <paramref name="port"/>, or on a free port when it is 0.</summary>
    public static async Task<SmtpInbox> StartAsync(int port = 0, SmtpCredentials? credentials = null)
    {
        var inbox = new SmtpInbox(port, credentials);
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        inbox.Listeners.EndpointStarted += (_, e) => listening.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        inbox.running = inbox.server.StartAsync(inbox.stopping.Token);
        var first = await Task.WhenAny(listening.Task, inbox.running, Task.Delay(TimeSpan.FromSeconds(10)));
        if (first != listening.Task)
        {
            await inbox.DisposeAsync();
            throw new InvalidOperationException($"The test SMTP server did not start listening on 127.0.0.1:{port}.");
        }
        inbox.Port = await listening.Task;
        return inbox;
    }

    /// <summary>A loopback port nothing listens on right now, e.g. for a server that is down.</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        try
        {
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        finally
        {
            probe.Stop();
        }
    }

    /// <summary>The first message, received before or within <paramref name="timeout"/>, that matches.</summary>
    public async Task<ReceivedMail> WaitForAsync(Func<ReceivedMail, bool> match, TimeSpan timeout)
    {
        using var expiry = new CancellationTokenSource(timeout);
        while (true)
        {
            var found = received.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }
            try
            {
                await arrived.WaitAsync(expiry.Token);
            }
            catch (OperationCanceledException)
            {
                var subjects = string.Join(", ", received.Select(m => $"'{m.Message.Subject}'"));
                throw new TimeoutException($"No matching mail within {timeout}; received {received.Count}: {subjects}.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
        }
        stopping.Dispose();
        arrived.Dispose();
    }

    private void Add(ReceivedMail mail)
    {
        received.Enqueue(mail);
        arrived.Release();
    }

    private sealed class Store(SmtpInbox inbox) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            inbox.Add(new ReceivedMail(
                context.Authentication.IsAuthenticated ? context.Authentication.User : null,
                transaction.From.AsAddress(),
                transaction.To.Select(t => t.AsAddress()).ToList(),
                message));
            return SmtpResponse.Ok;
        }
    }
}

/// <summary>One accepted message: who authenticated (if anyone), the SMTP envelope (MAIL FROM, RCPT TO) and the parsed message.</summary>
public sealed record ReceivedMail(string? AuthenticatedUser, string EnvelopeFrom, IReadOnlyList<string> EnvelopeTo, MimeMessage Message);

public sealed record SmtpCredentials(string User, string Password);
