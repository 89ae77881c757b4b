namespace Statecraft.Web.Services;

/// <summary>A request named a case, scenario or resource that the dashboard does not serve (HTTP 404).</summary>
public sealed class NotFoundException(string message) : Exception(message);
