/* accept_milter - the smallest useful libmilter filter: it asks for every callback (like
 * aup-milter, it needs the whole message), keeps no state and accepts at end of message. The
 * end-to-end benchmark uses it as the floor any libmilter filter pays, on unix and TCP sockets.
 *
 *   cc -O2 bench/accept_milter.c -lmilter -pthread -o accept-milter
 *   ./accept-milter unix:/path/to/sock     or     ./accept-milter inet:PORT@127.0.0.1
 */
#include <libmilter/mfapi.h>
#include <stdio.h>
#include <sys/stat.h>

/* continue* - every callback before end of message: carry on. */
static sfsistat continueConnect(SMFICTX *ctx, char *host, _SOCK_ADDR *addr) { (void)ctx; (void)host; (void)addr; return SMFIS_CONTINUE; }
static sfsistat continueArgs(SMFICTX *ctx, char **argv) { (void)ctx; (void)argv; return SMFIS_CONTINUE; }
static sfsistat continueHelo(SMFICTX *ctx, char *helo) { (void)ctx; (void)helo; return SMFIS_CONTINUE; }
static sfsistat continueHeader(SMFICTX *ctx, char *name, char *value) { (void)ctx; (void)name; (void)value; return SMFIS_CONTINUE; }
static sfsistat continueCtx(SMFICTX *ctx) { (void)ctx; return SMFIS_CONTINUE; }
static sfsistat continueBody(SMFICTX *ctx, unsigned char *body, size_t len) { (void)ctx; (void)body; (void)len; return SMFIS_CONTINUE; }
/* acceptAtEnd - the whole message was seen: accept it. */
static sfsistat acceptAtEnd(SMFICTX *ctx) { (void)ctx; return SMFIS_ACCEPT; }

int main(int argc, char **argv) {
  struct smfiDesc desc = {"accept-milter", SMFI_VERSION, 0, continueConnect, continueHelo, continueArgs,
                          continueArgs, continueHeader, continueCtx, continueBody, acceptAtEnd,
                          continueCtx, continueCtx, NULL, NULL, NULL};
  if (argc != 2) {
    fprintf(stderr, "usage: %s unix:/path | inet:PORT@127.0.0.1\n", argv[0]);
    return 2;
  }
  umask(0); /* smtpd runs as user postfix: the socket must be writable by it */
  if (smfi_setconn(argv[1]) != MI_SUCCESS || smfi_register(desc) != MI_SUCCESS) return 1;
  fprintf(stderr, "accept-milter ready on %s\n", argv[1]);
  return smfi_main() == MI_SUCCESS ? 0 : 1;
}
