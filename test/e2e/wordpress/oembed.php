<?php
/**
 * What WordPress 6.1 does with each of the gallery's oEmbed pages, without
 * network: HTTP requests for the gallery's URL are answered from the built
 * files (the `pre_http_request` filter), so discovery, the JSON fetch and
 * `wp_filter_oembed_result` run as they do for a site whose author pastes
 * the URL. Prints JSON: one entry per page with
 *   url       the page's URL
 *   embed     wp_oembed_get( url ): the HTML WordPress puts in the post
 *   provider  the oEmbed endpoint WordPress discovered in the page
 *   json      the raw `html` of the oEmbed response
 *   filtered  wp_filter_oembed_result() of that html alone
 *   kses_url  wp_kses_post() of the Embed block an author saves (the URL)
 *   kses_html wp_kses_post() of the raw iframe (what an author without
 *             unfiltered_html could paste instead)
 *
 *   php oembed.php <gallery URL ending in /> <gallery dir (dist-demo)>
 */
require __DIR__ . '/bootstrap.php';
require_once ABSPATH . WPINC . '/http.php';
require_once ABSPATH . WPINC . '/class-wp-http.php';

list( , $base, $dir ) = $argv;
$dir = rtrim( $dir, '/' ) . '/';

add_filter(
	'pre_http_request',
	function ( $pre, $args, $url ) use ( $base, $dir ) {
		$path = strtok( $url, '?#' );
		if ( 0 !== strpos( $path, $base ) ) {
			return new WP_Error( 'http_request_failed', "no network in tests: $url" );
		}
		$file = $dir . substr( $path, strlen( $base ) );
		if ( ! is_file( $file ) ) {
			return array( 'headers' => array(), 'body' => 'not found', 'response' => array( 'code' => 404, 'message' => 'Not Found' ), 'cookies' => array(), 'filename' => null );
		}
		$type = substr( $file, -5 ) === '.json' ? 'application/json' : 'text/html; charset=utf-8';
		return array(
			'headers'  => array( 'content-type' => $type ),
			'body'     => file_get_contents( $file ),
			'response' => array( 'code' => 200, 'message' => 'OK' ),
			'cookies'  => array(),
			'filename' => null,
		);
	},
	10,
	3
);
// As wp-includes/default-filters.php does.
add_filter( 'oembed_dataparse', 'wp_filter_oembed_result', 10, 3 );

$out = array();
foreach ( glob( $dir . 'oembed/*.html' ) as $file ) {
	$url      = $base . 'oembed/' . basename( $file );
	$oembed   = _wp_oembed_get_object();
	$provider = $oembed->discover( $url );
	$json     = json_decode( file_get_contents( substr( $file, 0, -5 ) . '.json' ) );
	$block    = '<!-- wp:embed {"url":"' . $url . '"} --><figure class="wp-block-embed"><div class="wp-block-embed__wrapper">' . "\n" . $url . "\n" . '</div></figure><!-- /wp:embed -->';
	$out[]    = array(
		'url'       => $url,
		'provider'  => $provider,
		'embed'     => wp_oembed_get( $url ),
		'json'      => $json->html,
		'filtered'  => wp_filter_oembed_result( $json->html, $json, $url ),
		'kses_url'  => wp_kses_post( $block ),
		'kses_html' => wp_kses_post( $json->html ),
	);
}
echo json_encode( $out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ), "\n";
