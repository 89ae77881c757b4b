using System.Security.Cryptography;
using System.Text;

namespace Statecraft.Web.Security;

/// <summary>
/// The access rule of a dashboard started with <c>--token</c>: every request carries the token as a bearer header or
/// in the cookie that the one-time login link printed at start-up sets. Without a token every request passes (loopback only).
/// </summary>
internal sealed class TokenGate : IMiddleware
{
    public const string CookieName = "statecraft_token";
    public const string LoginPath = "/login";

    private readonly byte[]? _token;
    private string? _loginCode;
    private readonly Lock _gate = new();

    public TokenGate(string? token)
    {
        _token = token is null ? null : Encoding.UTF8.GetBytes(token);
        _loginCode = token is null ? null : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
    }

    /// <summary>The one-time code of the login link, or null without a token.</summary>
    public string? LoginCode => _loginCode;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (_token is null || Carries(context.Request))
        {
            await next(context);
            return;
        }

        if (context.Request.Path == LoginPath && RedeemLogin(context.Request.Query["code"].ToString()))
        {
            context.Response.Cookies.Append(CookieName, Encoding.UTF8.GetString(_token), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/" });
            context.Response.Redirect("/");
            return;
        }

        await Problems.Write(context, StatusCodes.Status401Unauthorized, "A token is required", "Send 'Authorization: Bearer <token>' or open the login link printed at start-up.");
    }

    private bool Carries(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        var presented = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..].Trim()
            : request.Cookies.TryGetValue(CookieName, out var cookie) ? cookie : null;
        return presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _token);
    }

    /// <summary>True once for the right code; the code is spent so that a leaked link cannot be replayed.</summary>
    private bool RedeemLogin(string code)
    {
        lock (_gate)
        {
            if (_loginCode is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(code), Encoding.UTF8.GetBytes(_loginCode)))
            {
                return false;
            }

            _loginCode = null;
            return true;
        }
    }
}
