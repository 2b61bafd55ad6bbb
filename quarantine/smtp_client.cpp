#include "quarantine/smtp_client.h"

#include <curl/curl.h>

#include <cstring>
#include <memory>

namespace aup {

namespace {

struct Upload {
  const std::string* bytes;
  std::size_t offset = 0;
};

std::size_t readChunk(char* buffer, std::size_t size, std::size_t count, void* userdata) {
  auto* upload = static_cast<Upload*>(userdata);
  std::size_t room = size * count;
  std::size_t left = upload->bytes->size() - upload->offset;
  std::size_t n = left < room ? left : room;
  std::memcpy(buffer, upload->bytes->data() + upload->offset, n);
  upload->offset += n;
  return n;
}

// curl_global_init is not thread-safe before libcurl 7.84; do it once, before any thread uses curl.
void initCurlOnce() {
  static const bool initialised = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
  if (!initialised) throw SmtpSendError("libcurl could not be initialised");
}

// Bracketed IPv6 literals and plain names both work in the URL.
std::string smtpUrl(const SmtpTarget& target) {
  std::string host = target.host.find(':') != std::string::npos ? "[" + target.host + "]" : target.host;
  return "smtp://" + host + ":" + std::to_string(target.port) + "/localhost";
}

// Keeps the last line the server sent (libcurl's debug callback sees each reply as "header in").
int keepServerReply(CURL*, curl_infotype type, char* data, std::size_t size, void* userdata) {
  if (type != CURLINFO_HEADER_IN) return 0;
  std::string line(data, size);
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  // 221 answers our QUIT: the reply that matters is the one before it.
  if (!line.empty() && !line.starts_with("221")) *static_cast<std::string*>(userdata) = line.substr(0, 512);
  return 0;
}

}  // namespace

void CurlSmtpSender::send(const SmtpEnvelope& envelope, const std::string& message) {
  if (envelope.recipients.empty()) throw SmtpSendError("no recipients");
  initCurlOnce();
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
  if (!curl) throw SmtpSendError("libcurl could not create a handle");
  curl_slist* rcpts = nullptr;
  for (const auto& r : envelope.recipients) rcpts = curl_slist_append(rcpts, ("<" + r + ">").c_str());
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> rcptGuard(rcpts, &curl_slist_free_all);
  Upload upload{&message};
  char errorBuffer[CURL_ERROR_SIZE] = {0};
  const std::string url = smtpUrl(target_);
  const std::string from = "<" + envelope.mailFrom + ">";
  CURL* h = curl.get();
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(h, CURLOPT_MAIL_RCPT, rcpts);
  curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(h, CURLOPT_READFUNCTION, &readChunk);
  curl_easy_setopt(h, CURLOPT_READDATA, &upload);
  curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message.size()));
  curl_easy_setopt(h, CURLOPT_TIMEOUT, static_cast<long>(target_.timeout.count()));
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 10L);
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);  // we run in threads
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
  lastReply_.clear();
  curl_easy_setopt(h, CURLOPT_DEBUGFUNCTION, &keepServerReply);
  curl_easy_setopt(h, CURLOPT_DEBUGDATA, &lastReply_);
  curl_easy_setopt(h, CURLOPT_VERBOSE, 1L);  // only feeds the debug callback; nothing is printed
  CURLcode rc = curl_easy_perform(h);
  if (rc != CURLE_OK) {
    long response = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &response);
    throw SmtpSendError("SMTP to " + target_.host + ":" + std::to_string(target_.port) + " failed: " +
                        (errorBuffer[0] != 0 ? errorBuffer : curl_easy_strerror(rc)) +
                        (response != 0 ? " (reply " + std::to_string(response) + ")" : ""));
  }
}

}  // namespace aup
